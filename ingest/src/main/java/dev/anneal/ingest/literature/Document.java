package dev.anneal.ingest.literature;

import java.util.List;

/**
 * A paper or other text document: its bibliographic fields and its cleaned full text.
 *
 * @param docId        content hash of the normalized text
 * @param sourceUri    the file, or archive member, it came from
 * @param format       the input format, e.g. {@code markdown}, {@code jats}, {@code pdf}
 * @param title        the title, or "" when the document has none
 * @param authors      author names as written
 * @param doi          the DOI without a resolver prefix, or ""
 * @param year         the publication year, or null when unknown
 * @param abstractText the abstract, or ""
 * @param text         the full text, paragraphs separated by blank lines
 * @param journal      the journal or venue, or "" when unknown
 * @param language     the detected language (ISO 639-1 such as {@code en}), or "" when unsure
 * @param licence      the licence as an SPDX id where recognised ({@link Licences}), or
 *                     {@code unknown}
 * @param source       the collection it came from ({@code pmc}, {@code arxiv}) or {@code local}
 */
public record Document(String docId, String sourceUri, String format, String title,
                       List<String> authors, String doi, Integer year, String abstractText,
                       String text, String journal, String language, String licence,
                       String source) {

  public Document {
    authors = List.copyOf(authors);
    journal = journal == null ? "" : journal;
    language = language == null ? "" : language;
    licence = licence == null || licence.isBlank() ? Licences.UNKNOWN : licence;
    source = source == null || source.isBlank() ? "local" : source;
  }

  /** The length of the full text in characters. */
  public int nChars() {
    return text.length();
  }
}
