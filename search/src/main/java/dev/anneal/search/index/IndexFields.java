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
  /**
   * Title and text again, analyzed by {@link ChemistryAnalyzer} (case kept, formulas, numbers and
   * units whole, formulas also under their reduced form); not stored.
   */
  public static final String CHEM = "chem";
  /** Linked records as {@code kind:id} (the other record's {@link #UID}), stored keywords. */
  public static final String LINK = "link";
  /** Kind-specific details as one JSON object (lattice and sites, labels, operations…), stored only. */
  public static final String DETAIL = "detail";
  /** Prefix of numeric property fields ({@code p.tc}, {@code p.temperature}): DoublePoint per value. */
  public static final String NUMBER_PREFIX = "p.";

  /** Facet dimension of {@link #KIND}. */
  public static final String FACET_KIND = "kind";
  /** Facet dimension of {@link #ELEMENTS} (multi-valued). */
  public static final String FACET_ELEMENTS = "elements";
  /** Facet dimension of {@link #SPACEGROUP} (multi-valued). */
  public static final String FACET_SG = "sg";
  /** Every facet dimension, in display order. */
  public static final List<String> FACETS = List.of(FACET_KIND, FACET_ELEMENTS, FACET_SG);

  /** Value of {@link #KIND} for paragraphs. */
  public static final String KIND_PARAGRAPH = "paragraph";
  /** Value of {@link #KIND} for materials. */
  public static final String KIND_MATERIAL = "material";
  /** Value of {@link #KIND} for synthesis descriptions. */
  public static final String KIND_SYNTHESIS = "synthesis";
  /** Value of {@link #KIND} for crystal structures. */
  public static final String KIND_STRUCTURE = "structure";
  /** Value of {@link #KIND} for simulation runs. */
  public static final String KIND_CALCULATION = "calculation";
  /** Not a kind of indexed record: the target of a link to a whole paper (its paragraphs are indexed). */
  public static final String LINK_DOCUMENT = "document";
  /** Every kind a query may name. */
  public static final List<String> KINDS = List.of(KIND_PARAGRAPH, KIND_MATERIAL, KIND_SYNTHESIS,
      KIND_STRUCTURE, KIND_CALCULATION);

  /** The numeric field of property {@code name}. */
  public static String number(String name) {
    return NUMBER_PREFIX + name;
  }

  private IndexFields() {
  }
}
