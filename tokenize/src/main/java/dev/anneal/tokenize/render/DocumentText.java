package dev.anneal.tokenize.render;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders a whole paper as one training text, as a reader sees it: the title, the abstract, then
 * every paragraph in reading order under its section heading, figure and table captions where
 * the paper has them. Reference lists never reach the paragraphs (ingest drops them).
 */
public final class DocumentText {

  /** The kind of a {@code raw/paragraphs} row that is the abstract. */
  public static final String ABSTRACT = "abstract";

  /**
   * One paragraph of the paper.
   *
   * @param ordinal its position in the paper
   * @param section the heading it stands under, or "" before the first heading
   * @param kind    body, abstract or caption
   * @param text    the paragraph
   */
  public record Part(int ordinal, String section, String kind, String text)
      implements Serializable {
  }

  private DocumentText() {
  }

  /**
   * The text of the paper titled {@code title} with {@code parts} (any order), through the
   * document template {@code template}; {@code abstractText} is written first under "Abstract"
   * when no part is the abstract.
   */
  public static String render(String template, String title, String abstractText,
                              List<Part> parts) {
    return Template.load("document", template).fill(Map.of(
        "title", title == null ? "" : title.strip(),
        "body", body(abstractText, parts)));
  }

  /** The paper's body: headings where the section changes, paragraphs separated by a blank line. */
  static String body(String abstractText, List<Part> parts) {
    List<Part> ordered = new ArrayList<>(parts);
    ordered.sort(Comparator.comparingInt(Part::ordinal));
    StringBuilder out = new StringBuilder();
    boolean hasAbstract = ordered.stream().anyMatch(p -> ABSTRACT.equals(p.kind()));
    String current = "";
    if (!hasAbstract && abstractText != null && !abstractText.isBlank()) {
      out.append("## Abstract\n\n").append(abstractText.strip());
      current = "Abstract";
    }
    for (Part p : ordered) {
      if (p.text() == null || p.text().isBlank()) {
        continue;
      }
      String section = p.section() == null ? "" : p.section().strip();
      if (section.isEmpty() && ABSTRACT.equals(p.kind())) {
        section = "Abstract";
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      if (!section.isEmpty() && !section.equals(current)) {
        out.append("## ").append(section).append("\n\n");
      }
      current = section.isEmpty() ? current : section;
      out.append(p.text().strip());
    }
    return out.toString();
  }
}
