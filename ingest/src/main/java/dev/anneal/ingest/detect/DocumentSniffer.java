package dev.anneal.ingest.detect;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes document formats by content: PDF and EPUB by their magic bytes, JATS by its
 * root element and DTD or namespace, HTML and XHTML by their root, LaTeX by
 * {@code \documentclass}. JATS is told apart from any other XML whose root is {@code article}.
 */
final class DocumentSniffer {

  /** The XML prolog: declaration, comments, processing instructions and a DOCTYPE. */
  private static final Pattern PROLOG = Pattern.compile(
      "(?s)\\A\\uFEFF?\\s*(?:<\\?xml.*?\\?>\\s*)?(?:(?:<!--.*?-->|<\\?.*?\\?>)\\s*)*"
          + "(<!DOCTYPE\\s+([A-Za-z_][\\w.:-]*)[^>\\[]*(?:\\[.*?\\])?\\s*>)?\\s*"
          + "(?:(?:<!--.*?-->|<\\?.*?\\?>)\\s*)*<([A-Za-z_][\\w.:-]*)([^>]*)>?");
  private static final Pattern JATS_DOCTYPE = Pattern.compile(
      "(?i)JATS|NLM//DTD|archivearticle|journalpublishing|Journal Publishing DTD|"
          + "Journal Archiving|Article Authoring|BITS");
  private static final Pattern LATEX = Pattern.compile(
      "(?m)^\\s*\\\\documentclass\\s*[\\[{]");

  private DocumentSniffer() {
  }

  static boolean isPdf(byte[] head, int length) {
    String start = new String(head, 0, Math.min(length, 1024), StandardCharsets.ISO_8859_1);
    return start.contains("%PDF-");
  }

  /** An EPUB's first zip entry is {@code mimetype} holding {@code application/epub+zip}. */
  static boolean isEpub(byte[] head, int length) {
    String start = new String(head, 0, Math.min(length, 100), StandardCharsets.ISO_8859_1);
    return start.contains("mimetypeapplication/epub+zip");
  }

  static boolean isLatex(String text) {
    return LATEX.matcher(text).find();
  }

  /** JATS, HTML or XHTML from the start of a text file, or null. */
  static Format markup(String start) {
    Matcher m = PROLOG.matcher(start);
    if (!m.lookingAt()) {
      return null;
    }
    String doctype = m.group(1) == null ? "" : m.group(1);
    String root = m.group(3);
    String rootAttributes = m.group(4) == null ? "" : m.group(4);
    String local = root.contains(":") ? root.substring(root.indexOf(':') + 1) : root;
    if (local.equals("article")) {
      boolean jats = JATS_DOCTYPE.matcher(doctype).find()
          || rootAttributes.contains("jats.nlm.nih.gov") || rootAttributes.contains("dtd-version")
          || start.contains("<front>") && start.contains("article-meta");
      return jats ? Format.JATS : null;
    }
    if (local.equalsIgnoreCase("html")) {
      boolean xml = start.stripLeading().startsWith("<?xml")
          || rootAttributes.contains("http://www.w3.org/1999/xhtml");
      return xml ? Format.XHTML : Format.HTML;
    }
    return null;
  }
}
