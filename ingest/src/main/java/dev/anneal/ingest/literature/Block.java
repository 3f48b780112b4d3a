package dev.anneal.ingest.literature;

/**
 * One paragraph-sized piece of text as a reader found it, before cleanup: the section it stands
 * in, what kind of text it is, and the raw text (line breaks allowed).
 *
 * @param section the heading of the enclosing section, or ""
 * @param kind    {@link #BODY}, {@link #ABSTRACT} or {@link #CAPTION}
 * @param text    the text as extracted
 */
public record Block(String section, String kind, String text) {

  /** Running text of the paper. */
  public static final String BODY = "body";
  /** A paragraph of the abstract. */
  public static final String ABSTRACT = "abstract";
  /** A figure or table caption. */
  public static final String CAPTION = "caption";

  public Block {
    section = section == null ? "" : section;
  }
}
