package dev.anneal.search;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders results for a terminal: one block per hit, blank lines between. */
final class TextRenderer {

  private TextRenderer() {
  }

  static String render(SearchResults results) {
    StringBuilder out = new StringBuilder();
    out.append(results.totalHits()).append(results.totalHits() == 1 ? " hit" : " hits");
    if (results.hits().size() < results.totalHits()) {
      out.append(", showing the first ").append(results.hits().size());
    }
    out.append('\n');
    for (Hit hit : results.hits()) {
      out.append('\n');
      block(out, hit);
    }
    return out.toString();
  }

  private static void block(StringBuilder out, Hit hit) {
    out.append('[').append(hit.kind()).append("] ").append(hit.id());
    if (hit.title() != null && !hit.title().isBlank()) {
      out.append(" — ").append(oneLine(hit.title()));
    }
    out.append(String.format(Locale.ROOT, "  (score %.2f)", hit.score())).append('\n');
    if (!hit.fields().isEmpty()) {
      out.append("  ").append(hit.fields().entrySet().stream()
          .map(TextRenderer::field).collect(Collectors.joining(" · "))).append('\n');
    }
    if (hit.snippet() != null && !hit.snippet().isBlank()) {
      out.append("  ").append(oneLine(hit.snippet())).append('\n');
    }
  }

  private static String field(Map.Entry<String, Object> e) {
    Object v = e.getValue();
    String value = v instanceof Collection<?> c
        ? c.stream().map(String::valueOf).collect(Collectors.joining(", ")) : String.valueOf(v);
    return e.getKey() + ": " + value;
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
