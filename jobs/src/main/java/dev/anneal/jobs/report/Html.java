package dev.anneal.jobs.report;

/** Escaping text for HTML and inline SVG. */
public final class Html {

  private Html() {
  }

  /** {@code text} with {@code & < > "} escaped; null as the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
