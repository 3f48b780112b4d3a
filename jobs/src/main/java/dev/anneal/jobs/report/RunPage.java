package dev.anneal.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.jobs.stage.StageReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code reports/run.html}: one self-contained page (inline CSS and SVG, no script, nothing
 * fetched) with counts, rejections, quality checks, tokens, length distributions, label
 * uncertainty and timings of a run.
 */
public final class RunPage {

  private static final String CSS = """
      body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
      h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:3px}
      h3{font-size:14px;margin:14px 0 4px}table{border-collapse:collapse;margin:6px 0}
      td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}
      td.n{text-align:right;font-variant-numeric:tabular-nums}.meta td:first-child{color:#666}
      .chart text{font:12px system-ui,sans-serif;fill:#333}.chart text.small{font-size:10px}
      .chart rect.bar{fill:#4a78b5}.chart rect.skip{fill:#b8c4d4}.chart rect.bad{fill:#c0504d}
      .chart line.axis{stroke:#999}.ok{color:#2e7d32;font-weight:600}.fail{color:#c62828;font-weight:600}
      .muted{color:#777}.grid{display:flex;flex-wrap:wrap;gap:8px 40px}
      """;

  private RunPage() {
  }

  /** The page for {@code d}. */
  public static String render(RunPageData d) {
    RunReport run = d.run();
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Anneal run report: ").append(Html.escape(run.command())).append(' ')
        .append(Html.escape(run.status())).append("</title><style>").append(CSS)
        .append("</style></head><body>\n");
    h.append("<h1>Anneal run report</h1>");
    h.append("<p class=\"").append("succeeded".equals(run.status()) ? "ok" : "fail").append("\">")
        .append(Html.escape(run.status())).append(run.failure() == null ? ""
            : ": " + Html.escape(run.failure())).append("</p>");
    h.append("<table class=\"meta\">");
    row(h, "command", "anneal " + run.command());
    row(h, "started", run.startedAt());
    row(h, "wall time", String.format(Locale.ROOT, "%.1f s", run.seconds()));
    row(h, "input", run.input());
    row(h, "output", run.out());
    row(h, "code version", run.codeVersion());
    row(h, "configuration SHA-256", run.configSha256());
    h.append("</table>\n");

    timings(h, run.stages());
    counts(h, run.stages());
    quarantine(h, d.quarantine());
    rejections(h, run.stages());
    quality(h, d.quality());
    tokens(h, d.shards());
    DatasheetSection.render(h, d.shards(), d.datasheet());
    h.append("<h2 id=\"lengths\">Length distributions</h2>");
    if (d.lengths().isEmpty()) {
      h.append("<p class=\"muted\">No samples, paragraphs or shards in this output.</p>");
    }
    for (Histogram hist : d.lengths()) {
      h.append("<h3>").append(Html.escape(hist.title())).append(" — ").append(hist.total())
          .append(" in all (log₂ bins)</h3>").append(Svg.histogram(hist));
    }
    h.append("<h2 id=\"labels\">Label uncertainty</h2>");
    if (d.uncertainty() == null) {
      h.append("<p class=\"muted\">No curated/labels in this output.</p>");
    } else {
      h.append("<h3>").append(Html.escape(d.uncertainty().title())).append(" — ")
          .append(d.uncertainty().total()).append(" labels</h3>")
          .append(Svg.histogram(d.uncertainty()));
    }
    h.append("\n<p class=\"muted\">Written by Anneal ").append(Html.escape(run.codeVersion()))
        .append(" from reports/run.json, reports/quality.json, shards/manifest.json and the tables.</p>")
        .append("</body></html>\n");
    return h.toString();
  }

  private static void row(StringBuilder h, String key, String value) {
    h.append("<tr><td>").append(Html.escape(key)).append("</td><td>").append(Html.escape(value))
        .append("</td></tr>");
  }

  private static void timings(StringBuilder h, List<StageReport> stages) {
    h.append("<h2 id=\"timings\">Time per stage</h2>");
    List<Svg.Bar> bars = new ArrayList<>();
    for (StageReport s : stages) {
      boolean skipped = "skipped".equals(s.status());
      bars.add(new Svg.Bar(s.stage(), s.seconds(), skipped ? "skipped (unchanged)"
          : String.format(Locale.ROOT, "%.1f s", s.seconds()),
          skipped ? "skip" : s.failure() != null ? "bad" : "bar"));
    }
    h.append(bars.isEmpty() ? "<p class=\"muted\">No stage ran.</p>" : Svg.hbars(bars));
  }

  private static void counts(StringBuilder h, List<StageReport> stages) {
    h.append("<h2 id=\"counts\">Counts per stage</h2><div class=\"grid\">");
    for (StageReport s : stages) {
      h.append("<div><h3>").append(Html.escape(s.stage()))
          .append("skipped".equals(s.status()) ? " <span class=\"muted\">(skipped; counts of the run that wrote its outputs)</span>" : "")
          .append("</h3>");
      List<Svg.Bar> bars = new ArrayList<>();
      for (Map.Entry<String, Long> e : s.counts().entrySet()) {
        bars.add(new Svg.Bar(e.getKey(), e.getValue(), String.format(Locale.ROOT, "%,d",
            e.getValue()), e.getKey().startsWith("raw/quarantine") ? "bad" : "bar"));
      }
      h.append(bars.isEmpty() ? "<p class=\"muted\">no counts</p>" : Svg.hbars(bars))
          .append("</div>");
    }
    h.append("</div>");
  }

  /** raw/quarantine per stage (with its total) and reason, as the table holds it. */
  private static void quarantine(StringBuilder h, List<RunPageData.QuarantineCount> counts) {
    h.append("<h2 id=\"quarantine\">Quarantine by stage and reason</h2>");
    if (counts.isEmpty()) {
      h.append("<p class=\"muted\">raw/quarantine is empty: nothing was quarantined.</p>");
      return;
    }
    Map<String, Long> perStage = new java.util.LinkedHashMap<>();
    long total = 0;
    for (RunPageData.QuarantineCount c : counts) {
      perStage.merge(c.stage(), c.rows(), Long::sum);
      total += c.rows();
    }
    h.append("<p>").append(String.format(Locale.ROOT, "%,d", total))
        .append(" rows in raw/quarantine, each an input or record kept out with its reason"
            + " (stage, reason, message, source, location).</p><div class=\"grid\">");
    h.append("<div><table><tr><th>stage</th><th>reason</th><th>rows</th></tr>");
    String stage = null;
    for (RunPageData.QuarantineCount c : counts) {
      if (!c.stage().equals(stage)) {
        stage = c.stage();
        h.append("<tr><th>").append(Html.escape(stage)).append("</th><th>all reasons</th>")
            .append("<th class=\"n\">").append(String.format(Locale.ROOT, "%,d",
                perStage.get(stage))).append("</th></tr>");
      }
      h.append("<tr><td></td><td>").append(Html.escape(c.reason())).append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,d", c.rows())).append("</td></tr>");
    }
    h.append("</table></div><div>");
    List<Svg.Bar> bars = new ArrayList<>();
    perStage.forEach((s, n) -> bars.add(new Svg.Bar(s, n, String.format(Locale.ROOT, "%,d", n),
        "bad")));
    h.append(Svg.hbars(bars)).append("</div></div>");
  }

  private static void rejections(StringBuilder h, List<StageReport> stages) {
    h.append("<h2 id=\"rejections\">Rejections by reason</h2>");
    List<Svg.Bar> bars = new ArrayList<>();
    for (StageReport s : stages) {
      s.reasons().forEach((reason, n) -> bars.add(new Svg.Bar(s.stage() + ": " + reason, n,
          String.format(Locale.ROOT, "%,d", n), "bad")));
    }
    h.append(bars.isEmpty() ? "<p class=\"muted\">Nothing was rejected.</p>" : Svg.hbars(bars));
  }

  private static void quality(StringBuilder h, JsonNode quality) {
    h.append("<h2 id=\"quality\">Quality checks</h2>");
    if (quality == null) {
      h.append("<p class=\"muted\">No reports/quality.json (the quality stage did not run).</p>");
      return;
    }
    h.append("<p>Overall: <span class=\"").append("Success".equals(quality.path("status")
        .asText()) ? "ok" : "fail").append("\">").append(Html.escape(quality.path("status")
        .asText())).append("</span></p>");
    h.append("<table><tr><th>table</th><th>rows</th><th>status</th><th>checks passed</th>"
        + "<th>failed checks</th></tr>");
    Iterator<Map.Entry<String, JsonNode>> tables = quality.path("tables").fields();
    while (tables.hasNext()) {
      Map.Entry<String, JsonNode> t = tables.next();
      JsonNode checks = t.getValue().path("checks");
      int passed = 0;
      StringBuilder failed = new StringBuilder();
      for (JsonNode c : checks) {
        if ("Success".equals(c.path("status").asText())) {
          passed++;
        } else {
          failed.append(Html.escape(c.path("constraint").asText())).append("<br>");
        }
      }
      String status = t.getValue().path("status").asText();
      h.append("<tr><td>").append(Html.escape(t.getKey())).append("</td><td class=\"n\">")
          .append(t.getValue().path("rows").asLong()).append("</td><td class=\"")
          .append("Failure".equals(status) ? "fail" : "ok").append("\">").append(Html.escape(status))
          .append("</td><td class=\"n\">").append(passed).append(" / ").append(checks.size())
          .append("</td><td>").append(failed).append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void tokens(StringBuilder h, JsonNode shards) {
    h.append("<h2 id=\"tokens\">Tokens per split and source</h2>");
    if (shards == null) {
      h.append("<p class=\"muted\">No shards/manifest.json (the tokenize stage did not run).</p>");
      return;
    }
    h.append("<p>Tokenizer ").append(Html.escape(shards.path("tokenizer").path("name").asText()))
        .append(", ").append(shards.path("seq_len").asText())
        .append(" tokens per sequence.</p><div class=\"grid\">");
    for (String group : List.of("splits", "sources")) {
      List<Svg.Bar> bars = new ArrayList<>();
      String one = group.equals("splits") ? "split" : "source";
      StringBuilder table = new StringBuilder("<table><tr><th>" + one
          + "</th><th>samples</th><th>sequences</th><th>tokens</th></tr>");
      Iterator<Map.Entry<String, JsonNode>> it = shards.path(group).fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        long tokens = e.getValue().path("tokens").asLong();
        bars.add(new Svg.Bar(e.getKey(), tokens, String.format(Locale.ROOT, "%,d", tokens), "bar"));
        table.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td class=\"n\">")
            .append(e.getValue().path("samples").asLong()).append("</td><td class=\"n\">")
            .append(e.getValue().path("sequences").asLong()).append("</td><td class=\"n\">")
            .append(String.format(Locale.ROOT, "%,d", tokens)).append("</td></tr>");
      }
      h.append("<div><h3>by ").append(one).append("</h3>")
          .append(bars.isEmpty() ? "" : Svg.hbars(bars)).append(table).append("</table></div>");
    }
    h.append("</div>");
  }
}
