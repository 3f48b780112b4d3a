package dev.anneal.ingest.literature.jats;

import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The running text of a JATS element: inline markup flattened, math as LaTeX, superscript
 * digits and signs as Unicode superscripts ({@code mm²}, {@code Fe³⁺}), subscripts inline
 * ({@code Li2O}), superscript citation markers dropped, and block elements nested in a
 * paragraph (figures, tables, lists) left to the block walker.
 */
final class JatsText {

  /** Elements that are blocks of their own even when they stand inside a paragraph. */
  static final Set<String> NESTED_BLOCKS = Set.of("fig", "fig-group", "table-wrap",
      "table-wrap-group", "list", "boxed-text", "def-list", "disp-quote", "statement",
      "supplementary-material", "code", "preformat");
  /** Elements whose text is never running text. */
  private static final Set<String> SKIPPED = Set.of("fn", "table-wrap-foot", "label",
      "object-id", "graphic", "inline-graphic", "media", "alt-text", "long-desc");

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾";
  private static final String SUPERSCRIPT_SOURCE = "0123456789+-−=()";

  private JatsText() {
  }

  /** The text of {@code e}, on one logical line (whitespace not yet collapsed). */
  static String of(Element e) {
    StringBuilder sb = new StringBuilder();
    append(e, sb, false);
    return sb.toString();
  }

  private static void append(Node node, StringBuilder sb, boolean skipNestedBlocks) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      switch (c.getNodeType()) {
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> sb.append(c.getNodeValue());
        case Node.ELEMENT_NODE -> element((Element) c, sb);
        default -> { }
      }
    }
  }

  private static void element(Element e, StringBuilder sb) {
    String name = e.getLocalName();
    if (NESTED_BLOCKS.contains(name) || SKIPPED.contains(name)) {
      return;
    }
    switch (name) {
      case "inline-formula" -> sb.append(JatsMath.latex(e, false));
      case "disp-formula" -> sb.append(' ').append(JatsMath.latex(e, true)).append(' ');
      case "math" -> sb.append('$').append(JatsMath.mathml(e).strip()).append('$');
      case "tex-math" -> sb.append(JatsMath.texBody(e.getTextContent()));
      case "break" -> sb.append(' ');
      case "sup" -> superscript(e, sb);
      default -> append(e, sb, true);
    }
  }

  private static void superscript(Element e, StringBuilder sb) {
    if (onlyCitations(e)) {
      return;
    }
    String text = of(e).strip();
    StringBuilder sup = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int k = SUPERSCRIPT_SOURCE.indexOf(text.charAt(i));
      if (k < 0) {
        sb.append(text); // letters and the like stay as they are
        return;
      }
      sup.append(SUPERSCRIPTS.charAt(k));
    }
    sb.append(sup);
  }

  /** A superscript made only of citation links and separators ({@code <sup><xref/>,<xref/></sup>}). */
  private static boolean onlyCitations(Element e) {
    boolean sawXref = false;
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        Element x = (Element) c;
        if (!"xref".equals(x.getLocalName()) || !"bibr".equals(x.getAttribute("ref-type"))) {
          return false;
        }
        sawXref = true;
      } else if (c.getNodeType() == Node.TEXT_NODE
          && !c.getNodeValue().matches("[\\s,;\\-–]*")) {
        return false;
      }
    }
    return sawXref;
  }
}
