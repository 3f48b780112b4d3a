package dev.anneal.search.index;

import java.io.Serializable;
import java.util.Objects;

/**
 * One paragraph of a paper as the index takes it (the contract with the Spark stage).
 *
 * @param paraId    the paragraph's id, unique among paragraphs
 * @param docId     the document it belongs to
 * @param title     the document's title, or null
 * @param section   the heading the paragraph stands under, or null / "" before the first heading
 * @param text      the paragraph text
 * @param sourceUri where the document came from, or null
 * @param year      publication year, or null when unknown (then no {@code year:} range matches it)
 */
public record IndexedParagraph(String paraId, String docId, String title, String section,
                               String text, String sourceUri, Integer year) implements Serializable {

  /** Requires the ids; a null text is indexed as empty. */
  public IndexedParagraph {
    Objects.requireNonNull(paraId, "paraId");
    Objects.requireNonNull(docId, "docId");
    text = text == null ? "" : text;
  }
}
