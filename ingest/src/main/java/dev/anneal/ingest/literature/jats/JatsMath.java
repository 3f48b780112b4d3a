package dev.anneal.ingest.literature.jats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Math in JATS as LaTeX: the {@code <tex-math>} alternative when the article has one (without
 * the {@code \documentclass} wrapper PMC puts around it), else MathML written out in LaTeX
 * notation ({@code \frac}, {@code _}, {@code ^}, {@code \sqrt}).
 */
final class JatsMath {

  private static final Pattern DOCUMENT_BODY = Pattern.compile(
      "(?s)\\\\begin\\{document\\}(.*)\\\\end\\{document\\}");

  private JatsMath() {
  }

  /** The formula inside {@code formula} ({@code inline-formula} or {@code disp-formula}). */
  static String latex(Element formula, boolean display) {
    Element tex = JatsDom.firstDescendant(formula, "tex-math");
    String body;
    if (tex != null) {
      body = texBody(tex.getTextContent());
    } else {
      Element math = JatsDom.firstDescendant(formula, "math");
      body = math == null ? formula.getTextContent().strip() : mathml(math).strip();
    }
    if (body.isEmpty()) {
      return "";
    }
    if (body.startsWith("$") || body.startsWith("\\[") || body.startsWith("\\(")
        || body.startsWith("\\begin")) {
      return body;
    }
    return display ? "$$" + body + "$$" : "$" + body + "$";
  }

  /** The formula of a PMC {@code tex-math}: what stands inside {@code document}, if wrapped. */
  static String texBody(String tex) {
    Matcher m = DOCUMENT_BODY.matcher(tex);
    return (m.find() ? m.group(1) : tex).strip();
  }

  /** MathML in LaTeX notation. */
  static String mathml(Node node) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      return node.getNodeValue().strip();
    }
    if (node.getNodeType() != Node.ELEMENT_NODE) {
      return "";
    }
    Element e = (Element) node;
    java.util.List<Element> kids = JatsDom.children(e);
    return switch (e.getLocalName()) {
      case "mi", "mn", "mo", "mtext", "ms" -> e.getTextContent().strip();
      case "msub" -> arg(kids, 0) + "_" + group(kids, 1);
      case "msup" -> arg(kids, 0) + "^" + group(kids, 1);
      case "msubsup" -> arg(kids, 0) + "_" + group(kids, 1) + "^" + group(kids, 2);
      case "mfrac" -> "\\frac" + "{" + arg(kids, 0) + "}{" + arg(kids, 1) + "}";
      case "msqrt" -> "\\sqrt{" + concat(e) + "}";
      case "mroot" -> "\\sqrt[" + arg(kids, 1) + "]{" + arg(kids, 0) + "}";
      case "mover" -> arg(kids, 0) + "^" + group(kids, 1);
      case "munder" -> arg(kids, 0) + "_" + group(kids, 1);
      case "munderover" -> arg(kids, 0) + "_" + group(kids, 1) + "^" + group(kids, 2);
      case "mfenced" -> e.getAttribute("open").isEmpty() ? "(" + concat(e) + ")"
          : e.getAttribute("open") + concat(e) + e.getAttribute("close");
      case "annotation", "annotation-xml" -> "";
      default -> concat(e);
    };
  }

  private static String concat(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      String part = mathml(c);
      if (!part.isEmpty()) {
        if (sb.length() > 0 && Character.isLetterOrDigit(sb.charAt(sb.length() - 1))
            && part.startsWith("\\")) {
          sb.append(' ');
        }
        sb.append(part);
      }
    }
    return sb.toString();
  }

  private static String arg(java.util.List<Element> kids, int i) {
    return i < kids.size() ? mathml(kids.get(i)) : "";
  }

  private static String group(java.util.List<Element> kids, int i) {
    String a = arg(kids, i);
    return a.length() == 1 ? a : "{" + a + "}";
  }
}
