package dev.anneal.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/**
 * One search result.
 *
 * @param kind    {@code paragraph}, {@code material}…
 * @param id      the record's id within its kind
 * @param score   BM25 score of the text part of the query; 0 when the query only filters
 * @param title   the paper's title for a paragraph, the title or formula for a material
 * @param snippet the best passage of the text with matches between {@link #MARK_START} and
 *                {@link #MARK_END}, or the text's first passage when nothing in it matched;
 *                "" when the record has no text
 * @param fields  the record's other stored fields by name (formula, elements, sg, docId…);
 *                a field that may hold several values is always a list
 * @param linked  linked records (its materials, or a material's structures, synthesis
 *                descriptions and papers), at most {@link #MAX_LINKED}
 */
public record Hit(String kind, String id, float score, String title, String snippet,
                  Map<String, Object> fields, List<LinkedRecord> linked) {

  /** Linked records listed per hit; a record page lists them all. */
  public static final int MAX_LINKED = 12;

  /** A hit without linked records. */
  public Hit(String kind, String id, float score, String title, String snippet,
             Map<String, Object> fields) {
    this(kind, id, score, title, snippet, fields, List.of());
  }

  /** Opens a highlighted match in a snippet; chosen because scientific text rarely uses it. */
  public static final String MARK_START = "«";
  /** Closes a highlighted match in a snippet. */
  public static final String MARK_END = "»";

  /** Keeps an immutable copy of the fields and links. */
  @JsonCreator
  public Hit {
    linked = linked == null ? List.of() : List.copyOf(linked);
    fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(fields));
  }
}
