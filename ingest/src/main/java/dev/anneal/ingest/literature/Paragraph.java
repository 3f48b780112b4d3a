package dev.anneal.ingest.literature;

/**
 * One paragraph of a document, in reading order.
 *
 * @param paraId  content hash of the document id, position and text
 * @param docId   the document it belongs to
 * @param section the heading of the section it stands in, or "" before the first heading
 * @param ordinal its position in the document, from 0
 * @param text    the cleaned paragraph text, on one line
 * @param kind    what the paragraph is: {@link Block#BODY}, {@link Block#ABSTRACT} or
 *                {@link Block#CAPTION}
 */
public record Paragraph(String paraId, String docId, String section, int ordinal, String text,
                        String kind) {

  /** A body paragraph (the kind every reader used before kinds existed). */
  public Paragraph(String paraId, String docId, String section, int ordinal, String text) {
    this(paraId, docId, section, ordinal, text, Block.BODY);
  }
}
