package dev.anneal.search.index;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A structure, calculation or synthesis description as the index takes it: searchable text plus
 * the chemistry fields queries filter on. Lists may be passed as null and are then empty.
 *
 * @param kind        one of {@link IndexFields#KINDS} other than paragraph and material
 * @param id          the record's id, unique within its kind
 * @param title       a display title, or null
 * @param text        searchable, highlighted text, or null
 * @param formulas    reduced formulas it concerns (a synthesis may have several targets); the writer
 *                    re-reduces plain formulas so any element order matches
 * @param elements    element symbols; derived from the formulas when empty
 * @param spacegroups space group numbers (1–230)
 * @param year        a year for {@code year:} ranges, or null
 * @param docIds      documents it comes from
 * @param extras      links, numeric properties and details
 */
public record IndexedRecord(String kind, String id, String title, String text,
                            List<String> formulas, List<String> elements,
                            List<Integer> spacegroups, Integer year, List<String> docIds,
                            RecordExtras extras) implements Serializable {

  /** Requires kind and id; null lists become empty, null extras become {@link RecordExtras#NONE}. */
  public IndexedRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    formulas = RecordExtras.copy(formulas);
    elements = RecordExtras.copy(elements);
    spacegroups = RecordExtras.copy(spacegroups);
    docIds = RecordExtras.copy(docIds);
    extras = extras == null ? RecordExtras.NONE : extras;
  }
}
