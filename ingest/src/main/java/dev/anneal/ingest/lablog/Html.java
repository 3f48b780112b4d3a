package dev.anneal.ingest.lablog;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Turns the small HTML fragments notebooks store (paragraphs, bold, entities) into plain text. */
final class Html {

  private static final Pattern BLOCK_END = Pattern.compile("(?i)</p>|<br\\s*/?>|</h[1-6]>|</li>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private Html() {
  }

  /**
   * The text of {@code html}: block ends become line breaks, tags go, and character references
   * are decoded by jsoup as HTML5 does (every named entity, numeric ones, an invalid code point
   * as U+FFFD); a no-break space becomes a plain space, as the notebook meant it.
   */
  static String text(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String s = BLOCK_END.matcher(html).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    s = Parser.unescapeEntities(s, false).replace('\u00A0', ' ');
    return s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
