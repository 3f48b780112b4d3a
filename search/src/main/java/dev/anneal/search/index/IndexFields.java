package dev.anneal.search.index;

import java.util.List;

/** The names of the Lucene fields of an Anneal index, shared by the writer, the query parser and the searcher. */
public final class IndexFields {

  /** What a document is: one of {@link #KINDS}; every document has one. */
  public static final String KIND = "kind";
  /** The record's own id (paraId, materialId…), unique within its kind. */
  public static final String ID = "id";
  /** {@code kind:id}, the key {@link SearchIndexWriter} replaces on, so re-adding a record does not duplicate it. */
  public static final String UID = "uid";
  /** The document(s) a record comes from; one value for a paragraph, several for a material. */
  public static final String DOC_ID = "docId";
  /** Analyzed, scored and stored: a paper's title, or a material's title (its formula when it has none). */
  public static final String TITLE = "title";
  /** Analyzed, scored and stored: the heading a paragraph stands under. */
  public static final String SECTION = "section";
  /** Analyzed, scored, stored, with offsets for highlighting: paragraph text or material summary. */
  public static final String TEXT = "text";
  /** Stored only. */
  public static final String SOURCE_URI = "sourceUri";
  /** Publication year: IntPoint for ranges, stored. */
  public static final String YEAR = "year";
  /** The reduced formula, a keyword (pymatgen convention, {@code LiFePO4}). */
  public static final String FORMULA = "formula";
  /** One exact element symbol per value. */
  public static final String ELEMENTS = "elements";
  /** Symbols sorted and joined by '-', e.g. {@code Ba-Cu-O-Y}. */
  public static final String CHEMSYS = "chemsys";
  /** Space group numbers (1–230): IntPoint per value, stored. */
  public static final String SPACEGROUP = "sg";
  /** Ids of the structures of a material, stored keywords. */
  public static final String STRUCTURE_ID = "structureId";
  /** Ids of the synthesis records of a material, stored keywords. */
  public static final String SYNTH_ID = "synthId";

  /** The analyzed fields free text is searched in. */
  public static final List<String> TEXT_FIELDS = List.of(TITLE, SECTION, TEXT);

  /** Value of {@link #KIND} for paragraphs. */
  public static final String KIND_PARAGRAPH = "paragraph";
  /** Value of {@link #KIND} for materials. */
  public static final String KIND_MATERIAL = "material";
  /** Value of {@link #KIND} for synthesis records (not yet written by this module). */
  public static final String KIND_SYNTHESIS = "synthesis";
  /** Value of {@link #KIND} for crystal structures (not yet written by this module). */
  public static final String KIND_STRUCTURE = "structure";
  /** Every kind a query may name. */
  public static final List<String> KINDS =
      List.of(KIND_PARAGRAPH, KIND_MATERIAL, KIND_SYNTHESIS, KIND_STRUCTURE);

  private IndexFields() {
  }
}
