package dev.anneal.ingest.lablog;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the small HTML fragments notebooks store (paragraphs, bold, entities) into plain text. */
final class Html {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"),
      Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
      Map.entry("nbsp", " "), Map.entry("deg", "°"), Map.entry("plusmn", "±"),
      Map.entry("micro", "µ"), Map.entry("mu", "μ"), Map.entry("times", "×"),
      Map.entry("minus", "−"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("sup2", "²"), Map.entry("sup3", "³"), Map.entry("middot", "·"));

  private Html() {
  }

  /** The text of {@code html}: block ends become line breaks, tags go, entities are decoded. */
  static String text(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String s = html.replaceAll("(?i)</p>|<br\\s*/?>|</h[1-6]>|</li>", "\n");
    s = TAG.matcher(s).replaceAll("");
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      try {
        if (e.startsWith("#x")) {
          r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
        } else if (e.startsWith("#")) {
          r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
        } else {
          r = NAMED.getOrDefault(e, m.group());
        }
      } catch (IllegalArgumentException notACodePoint) {
        r = m.group(); // &#99999999; is kept as written rather than failing the entry
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
