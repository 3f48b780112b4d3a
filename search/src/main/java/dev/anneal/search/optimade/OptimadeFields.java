package dev.anneal.search.optimade;

/** The Lucene fields a structure document carries for OPTIMADE, besides the index's own. */
public final class OptimadeFields {

  /** Marks a document served at {@code /optimade/v1/structures}: value {@code structures}. */
  public static final String TYPE = "optimade.type";
  /** The entry's attributes as one JSON object, stored only. */
  public static final String ENTRY = "optimade.entry";
  /** Positions in the cell: IntPoint. */
  public static final String NSITES = "optimade.nsites";
  /** Distinct elements: IntPoint. */
  public static final String NELEMENTS = "optimade.nelements";
  /** Prefix of keyword fields of string properties ({@code optimade.s.chemical_formula_reduced}). */
  public static final String STRING_PREFIX = "optimade.s.";
  /** The nullable properties an entry has a value for, one keyword per name. */
  public static final String KNOWN = "optimade.known";
  /** {@code structure_features}, one keyword per flag. */
  public static final String FEATURES = "optimade.features";
  /**
   * Prefix of the numeric {@code _anneal_} properties: DoublePoint, only when the structure's
   * materials give the property exactly one value (else the property is unknown).
   */
  public static final String NUMBER_PREFIX = "optimade.p.";

  private OptimadeFields() {
  }
}
