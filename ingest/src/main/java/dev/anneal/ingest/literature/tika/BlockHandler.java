package dev.anneal.ingest.literature.tika;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML output as pages of text blocks with their headings, and enforces the
 * limits: every event checks the deadline, and text beyond the character budget stops the
 * parse. Table cells are not prose and are skipped (their captions are kept).
 */
final class BlockHandler extends DefaultHandler {

  /** One block: the heading level (0 for running text), whether it is a caption, its text. */
  record RawBlock(int headingLevel, boolean caption, String text) {
  }

  private static final Set<String> BLOCKS = Set.of("p", "li", "blockquote", "pre", "dd", "dt",
      "figcaption", "caption", "address", "div", "section", "article", "td", "th");

  private final long deadlineNanos;
  private final int maxChars;
  private final List<List<RawBlock>> pages = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int headingLevel;
  private boolean inCaption;
  private int tableDepth;
  private int captionDepth;
  private int chars;
  private boolean truncated;
  private boolean inHead;
  private final StringBuilder headTitle = new StringBuilder();
  private boolean inTitle;

  BlockHandler(long deadlineNanos, int maxChars) {
    this.deadlineNanos = deadlineNanos;
    this.maxChars = maxChars;
    pages.add(new ArrayList<>());
  }

  List<List<RawBlock>> pages() {
    flush();
    pages.removeIf(List::isEmpty);
    return pages;
  }

  boolean truncated() {
    return truncated;
  }

  String headTitle() {
    return headTitle.toString().strip();
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    checkTime();
    String name = localName.isEmpty() ? qName : localName;
    name = name.toLowerCase(Locale.ROOT);
    switch (name) {
      case "head" -> inHead = true;
      case "title" -> inTitle = inHead;
      case "table" -> {
        flush();
        tableDepth++;
      }
      case "br" -> current.append('\n');
      default -> { }
    }
    if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      flush();
      if (!pages.get(pages.size() - 1).isEmpty()) {
        pages.add(new ArrayList<>());
      }
      return;
    }
    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
      flush();
      headingLevel = name.charAt(1) - '0';
    } else if (name.equals("caption") || name.equals("figcaption")) {
      flush();
      inCaption = true;
      captionDepth = tableDepth;
    } else if (BLOCKS.contains(name)) {
      flush();
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    String name = (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    switch (name) {
      case "head" -> inHead = false;
      case "title" -> inTitle = false;
      case "table" -> {
        flush();
        tableDepth = Math.max(0, tableDepth - 1);
      }
      default -> { }
    }
    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
      flush();
      headingLevel = 0;
    } else if (name.equals("caption") || name.equals("figcaption")) {
      flush();
      inCaption = false;
    } else if (BLOCKS.contains(name)) {
      flush();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    checkTime();
    if (inTitle) {
      headTitle.append(ch, start, length);
      return;
    }
    if (inHead || tableDepth > 0 && !(inCaption && captionDepth <= tableDepth)) {
      return;
    }
    if (chars + length > maxChars) {
      current.append(ch, start, Math.max(0, maxChars - chars));
      chars = maxChars;
      truncated = true;
      flush();
      throw new LimitExceeded(false, "the extracted text exceeds " + maxChars + " characters");
    }
    chars += length;
    current.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  private void checkTime() throws LimitExceeded {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new LimitExceeded(true, "the parse ran past its time limit");
    }
  }

  private void flush() {
    if (!current.toString().isBlank()) {
      pages.get(pages.size() - 1).add(new RawBlock(headingLevel, inCaption, current.toString()));
    }
    current.setLength(0);
  }
}
