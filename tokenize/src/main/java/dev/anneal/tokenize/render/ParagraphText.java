package dev.anneal.tokenize.render;

/**
 * Renders a paper paragraph with its context: the document title and the section heading, so a
 * paragraph read alone still says what it is about.
 */
public final class ParagraphText {

  private ParagraphText() {
  }

  /** The text for a paragraph of {@code title}, in {@code section} (either may be empty). */
  public static String render(String title, String section, String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    if (title != null && !title.isBlank()) {
      out.append(title.strip()).append('\n');
    }
    if (section != null && !section.isBlank()) {
      out.append("## ").append(section.strip()).append('\n');
    }
    return out.append(text).toString();
  }
}
