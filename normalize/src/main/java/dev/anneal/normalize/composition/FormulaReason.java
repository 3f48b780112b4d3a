package dev.anneal.normalize.composition;

/** Why a formula was rejected: each constant carries the stable dotted reason code stored with the rejection. */
public enum FormulaReason {
  /** Nothing but whitespace. */
  EMPTY("formula.empty"),
  /** Longer than {@link FormulaParser#MAX_LENGTH}: prose, not a formula. */
  TOO_LONG("formula.too_long"),
  /** Brackets nested deeper than {@link FormulaParser#MAX_DEPTH}. */
  TOO_DEEP("formula.too_deep"),
  /** Text that is not a formula at all: words, an assignment such as {@code x = 0.10}, no element. */
  NOT_A_FORMULA("formula.not_a_formula"),
  /** A character no formula uses here, such as {@code @} or a stray {@code -}. */
  UNEXPECTED_CHARACTER("formula.unexpected_character"),
  /** A capitalised symbol that is no element, such as {@code Xx}. */
  UNKNOWN_ELEMENT("formula.unknown_element"),
  /** D or T: isotopes have no place in a {@code Composition} of elements, and reading them as H would change the mass. */
  ISOTOPE("formula.isotope"),
  /** A placeholder such as {@code RE}, {@code Ln} or {@code M} with no element bound to it. */
  PLACEHOLDER_ELEMENT("formula.placeholder_element"),
  /** A variable such as {@code x} with no value bound to it. */
  UNRESOLVED_VARIABLE("formula.unresolved_variable"),
  /** A bracket that is never closed, closed by the wrong kind, or closed without being opened. */
  UNBALANCED_PARENTHESIS("formula.unbalanced_parenthesis"),
  /** An amount or multiplier that evaluates below zero, e.g. {@code Ba1-xSrx} with x = 2. */
  NEGATIVE_AMOUNT("formula.negative_amount"),
  /** Every element's amount is zero. */
  EMPTY_COMPOSITION("formula.empty_composition"),
  /** A bracket pair with nothing inside: {@code Fe()}. */
  EMPTY_GROUP("formula.empty_group"),
  /** A number that does not read as one: {@code 1.2.3}, {@code 1/0}. */
  MALFORMED_NUMBER("formula.malformed_number"),
  /** A number where no amount can stand, e.g. after a space: {@code CuSO4 5H2O}, {@code Fe 2O3}. */
  MISPLACED_AMOUNT("formula.misplaced_amount"),
  /** A trailing charge whose digits could be an amount or the charge: {@code SO42-}. */
  AMBIGUOUS_CHARGE("formula.ambiguous_charge"),
  /** A weighted mixture such as {@code (1-x)BaTiO3-xSrTiO3}, where a minus could end an amount or join two parts. */
  AMBIGUOUS_MIXTURE("formula.ambiguous_mixture"),
  /** A mixed site where some elements have fractions and others not: {@code (Ba0.6,Sr)TiO3}. */
  AMBIGUOUS_SITE("formula.ambiguous_site");

  private final String code;

  FormulaReason(String code) {
    this.code = code;
  }

  /** The stable reason code, e.g. {@code formula.unresolved_variable}. */
  public String code() {
    return code;
  }
}
