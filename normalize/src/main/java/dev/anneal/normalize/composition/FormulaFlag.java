package dev.anneal.normalize.composition;

/**
 * Something the parser did to read a formula that a consumer may want to know: the composition
 * is exact for what was written, but these say where the text said more (or less) than it.
 */
public enum FormulaFlag {
  /** A trailing or superscript charge ({@code Fe3+}, {@code SO4^2-}) was dropped; the composition is the ion's. */
  CHARGE_STRIPPED("charge_stripped"),
  /** An oxidation state ({@code Fe(III)}, {@code Fe(+3)}) was dropped. */
  OXIDATION_STATE_STRIPPED("oxidation_state_stripped"),
  /** A phase label ({@code α-Fe2O3}, {@code 2H-MoS2}) or a state of matter ({@code H2O(l)}) was dropped. */
  LABEL_STRIPPED("label_stripped"),
  /** An unknown deviation δ ({@code O7-δ}) was read as 0: the composition is the nominal one. */
  NONSTOICHIOMETRIC("nonstoichiometric"),
  /** The formula has adduct parts ({@code CuSO4·5H2O}); their amounts are summed. */
  ADDUCT("adduct"),
  /** A {@code .} between digits was read as an adduct dot because water followed: {@code CuSO4.5H2O}. */
  DOT_READ_AS_ADDUCT("dot_read_as_adduct"),
  /** Variable values given by the caller were substituted. */
  VARIABLES_SUBSTITUTED("variables_substituted"),
  /** Placeholder elements were replaced by the elements the caller bound to them. */
  PLACEHOLDER_SUBSTITUTED("placeholder_substituted"),
  /**
   * Several elements share a site: {@code (Ba,Sr)TiO3}, {@code (Ba0.6Sr0.4)TiO3},
   * {@code La(Fe0.5Co0.5)O3}. The composition holds each at its fraction.
   */
  MIXED_SITE("mixed_site"),
  /** A mixed site written without fractions, {@code (Ba,Sr)TiO3}: each element was given an equal share. */
  SITE_FRACTIONS_UNKNOWN("site_fractions_unknown"),
  /** Dopant notation ({@code SrTiO3:Nb}, {@code Nb:SrTiO3}): the composition is the host's, the dopants are listed apart. */
  DOPED("doped"),
  /** A dopant was named without an amount ({@code SrTiO3:Nb}). */
  DOPANT_AMOUNT_UNKNOWN("dopant_amount_unknown");

  private final String code;

  FormulaFlag(String code) {
    this.code = code;
  }

  /** The stable name written to data and JSON, e.g. {@code nonstoichiometric}. */
  public String code() {
    return code;
  }
}
