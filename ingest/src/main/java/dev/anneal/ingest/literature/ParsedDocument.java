package dev.anneal.ingest.literature;

import java.util.List;

/**
 * A document together with its paragraphs, as one parser call produces them.
 *
 * @param document   the document
 * @param paragraphs its paragraphs in reading order
 */
public record ParsedDocument(Document document, List<Paragraph> paragraphs) {

  public ParsedDocument {
    paragraphs = List.copyOf(paragraphs);
  }
}
