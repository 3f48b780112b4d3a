package dev.anneal.ingest.literature.jats;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for JATS: children and descendants by local name, namespace ignored. */
final class JatsDom {

  private JatsDom() {
  }

  /** The element children of {@code e}. */
  static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.ELEMENT_NODE) {
        out.add((Element) c);
      }
    }
    return out;
  }

  /** The first child of {@code e} named {@code name}, or null. */
  static Element child(Element e, String name) {
    if (e == null) {
      return null;
    }
    for (Element c : children(e)) {
      if (name.equals(c.getLocalName())) {
        return c;
      }
    }
    return null;
  }

  /** The children of {@code e} named {@code name}. */
  static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    if (e != null) {
      for (Element c : children(e)) {
        if (name.equals(c.getLocalName())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The first descendant of {@code e} named {@code name} in document order, or null. */
  static Element firstDescendant(Element e, String name) {
    if (e == null) {
      return null;
    }
    for (Element c : children(e)) {
      if (name.equals(c.getLocalName())) {
        return c;
      }
      Element d = firstDescendant(c, name);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The descendants of {@code e} named {@code name} in document order. */
  static List<Element> descendants(Element e, String name) {
    List<Element> out = new ArrayList<>();
    collect(e, name, out);
    return out;
  }

  private static void collect(Element e, String name, List<Element> out) {
    if (e == null) {
      return;
    }
    for (Element c : children(e)) {
      if (name.equals(c.getLocalName())) {
        out.add(c);
      }
      collect(c, name, out);
    }
  }
}
