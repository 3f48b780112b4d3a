package dev.anneal.ingest.literature;

/**
 * One paragraph of a document, in reading order.
 *
 * @param paraId  content hash of the document id, position and text
 * @param docId   the document it belongs to
 * @param section the heading of the section it stands in, or "" before the first heading
 * @param ordinal its position in the document, from 0
 * @param text    the cleaned paragraph text, on one line
 */
public record Paragraph(String paraId, String docId, String section, int ordinal, String text) {
}
