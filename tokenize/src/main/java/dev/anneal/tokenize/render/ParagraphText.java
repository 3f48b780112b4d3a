package dev.anneal.tokenize.render;

import java.util.Map;

/**
 * Renders a paper paragraph with its context: the document title and the section heading, so a
 * paragraph read alone still says what it is about.
 */
public final class ParagraphText {

  private ParagraphText() {
  }

  /** The text for a paragraph of {@code title}, in {@code section}, by the default template. */
  public static String render(String title, String section, String text) {
    return render("default", title, section, text);
  }

  /** The text for a paragraph through the paragraph template {@code template}. */
  public static String render(String template, String title, String section, String text) {
    return Template.load("paragraph", template).fill(Map.of(
        "title", title == null ? "" : title.strip(),
        "section", section == null ? "" : section.strip(),
        "text", text));
  }
}
