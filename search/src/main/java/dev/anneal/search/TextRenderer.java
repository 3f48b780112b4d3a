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
    String fields = hit.fields().entrySet().stream()
        .filter(e -> !isEmpty(e.getValue()))
        .map(TextRenderer::field).collect(Collectors.joining(" · "));
    if (!fields.isEmpty()) {
      out.append("  ").append(fields).append('\n');
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

  /** Empty lists and blank strings are noise on a terminal; JSON keeps them for a stable shape. */
  private static boolean isEmpty(Object v) {
    return v == null || (v instanceof Collection<?> c && c.isEmpty())
        || (v instanceof String s && s.isBlank());
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
