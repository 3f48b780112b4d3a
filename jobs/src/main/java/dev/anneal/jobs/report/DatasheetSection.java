package dev.anneal.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.tokenize.shard.ShardDatasheet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run page's datasheet of the shards: tokens per source and per licence, the document-length
 * histogram, the share of cut documents, the share of tokens in dossiers that connect a structure
 * with a synthesis description, and the most frequent repeated n-grams.
 */
final class DatasheetSection {

  private DatasheetSection() {
  }

  static void render(StringBuilder h, JsonNode shards, ShardDatasheet sheet) {
    h.append("<h2 id=\"datasheet\">Datasheet of the shards</h2>");
    if (shards == null) {
      h.append("<p class=\"muted\">No shards/manifest.json (the tokenize stage did not run).</p>");
      return;
    }
    long total = 0;
    for (JsonNode c : shards.path("splits")) {
      total += c.path("tokens").asLong();
    }
    h.append("<div class=\"grid\">");
    share(h, "tokens per source", shards.path("sources"), total);
    Map<String, Long> licences = new TreeMap<>();
    for (JsonNode split : shards.path("licences")) {
      split.fields().forEachRemaining(e -> licences.merge(e.getKey(),
          e.getValue().path("tokens").asLong(), Long::sum));
    }
    h.append("<div><h3>tokens per licence</h3><table><tr><th>licence</th><th>tokens</th>"
        + "<th>share</th></tr>");
    for (Map.Entry<String, Long> e : licences.entrySet()) {
      h.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", e.getValue())).append("</td><td class=\"n\">")
          .append(percent(e.getValue(), total)).append("</td></tr>");
    }
    h.append("</table></div>");
    h.append("<div><h3>cut documents</h3><table><tr><th>split</th><th>documents</th>"
        + "<th>cut</th><th>share</th></tr>");
    Iterator<Map.Entry<String, JsonNode>> splits = shards.path("packing_stats").fields();
    while (splits.hasNext()) {
      Map.Entry<String, JsonNode> e = splits.next();
      long docs = e.getValue().path("documents").asLong();
      long cut = e.getValue().path("cut_documents").asLong();
      h.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td class=\"n\">")
          .append(docs).append("</td><td class=\"n\">").append(cut).append("</td><td class=\"n\">")
          .append(percent(cut, docs)).append("</td></tr>");
    }
    h.append("</table><p class=\"muted\">packing ")
        .append(Html.escape(shards.path("packing").asText())).append(", ")
        .append(shards.path("seq_len").asText()).append(" tokens per sequence</p></div>");
    if (sheet != null) {
      h.append("<div><h3>dossiers connecting a structure with a synthesis</h3><table>")
          .append("<tr><td>connected dossiers / dossiers</td><td class=\"n\">")
          .append(sheet.connectedDossiers()).append(" / ").append(sheet.dossiers())
          .append("</td></tr><tr><td>their tokens</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", sheet.connectedTokens()))
          .append("</td></tr><tr><td>share of shard tokens</td><td class=\"n\">")
          .append(percent(sheet.connectedTokens(), sheet.tokens()))
          .append("</td></tr><tr><td>share in all dossiers</td><td class=\"n\">")
          .append(percent(sheet.dossierTokens(), sheet.tokens())).append("</td></tr></table></div>");
    }
    h.append("</div>");
    Map<Integer, Long> lengths = new TreeMap<>();
    for (JsonNode split : shards.path("document_tokens")) {
      split.fields().forEachRemaining(e -> lengths.merge(Integer.parseInt(e.getKey()),
          e.getValue().asLong(), Long::sum));
    }
    if (!lengths.isEmpty()) {
      List<String> labels = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      for (int b = lengths.keySet().iterator().next(); b <= ((TreeMap<Integer, Long>) lengths)
          .lastKey(); b++) {
        long lo = 1L << b;
        labels.add(lo + "–" + ((lo << 1) - 1));
        counts.add(lengths.getOrDefault(b, 0L));
      }
      Histogram hist = new Histogram("tokens per training document (end-of-text included)",
          labels, counts);
      h.append("<h3>").append(Html.escape(hist.title())).append(" — ").append(hist.total())
          .append(" documents (log₂ bins)</h3>").append(Svg.histogram(hist));
    }
    if (sheet != null) {
      h.append("<h3>most frequent repeated ").append(sheet.n()).append("-grams (words, lower-cased)"
          + "</h3>");
      if (sheet.ngrams().isEmpty()) {
        h.append("<p class=\"muted\">No ").append(sheet.n()).append("-gram occurs twice.</p>");
      } else {
        h.append("<table><tr><th>n-gram</th><th>occurrences</th><th>samples</th></tr>");
        for (ShardDatasheet.NGram g : sheet.ngrams()) {
          h.append("<tr><td>").append(Html.escape(g.text())).append("</td><td class=\"n\">")
              .append(g.occurrences()).append("</td><td class=\"n\">").append(g.samples())
              .append("</td></tr>");
        }
        h.append("</table>");
      }
    }
  }

  private static void share(StringBuilder h, String title, JsonNode groups, long total) {
    h.append("<div><h3>").append(Html.escape(title)).append("</h3><table><tr><th>source</th>"
        + "<th>tokens</th><th>share</th></tr>");
    Iterator<Map.Entry<String, JsonNode>> it = groups.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      long tokens = e.getValue().path("tokens").asLong();
      h.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", tokens)).append("</td><td class=\"n\">")
          .append(percent(tokens, total)).append("</td></tr>");
    }
    h.append("</table></div>");
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
