package dev.anneal.normalize.units;

/** Why a quantity was rejected: each constant carries the stable dotted reason code stored with the rejection. */
public enum UnitReason {
  /** Nothing but whitespace. */
  EMPTY("unit.empty"),
  /** No number where the quantity should start: {@code hot}, {@code n/a}. */
  NOT_A_QUANTITY("unit.not_a_quantity"),
  /** A number that does not read as one: {@code 1,5}, {@code 1.2.3}. */
  MALFORMED_NUMBER("unit.malformed_number"),
  /** A number with no unit, and none declared by the caller. */
  MISSING("unit.missing"),
  /** A unit not in the table (symbols are case-sensitive: {@code mbar} is not {@code Mbar}). */
  UNKNOWN("unit.unknown"),
  /** A known unit of another kind: {@code K} for a duration. */
  WRONG_DIMENSION("unit.wrong_dimension"),
  /** An energy with no basis ({@code eV}) where an energy per atom is needed. */
  MISSING_BASIS("unit.missing_basis"),
  /** An energy per formula unit or per mole with no composition to count atoms in. */
  NEEDS_COMPOSITION("unit.needs_composition"),
  /** Two units that disagree: the two ends of a range, or the text and the declared unit. */
  CONTRADICTORY("unit.contradictory"),
  /** A range whose low end is above its high end. */
  INVERTED_RANGE("unit.inverted_range"),
  /** A temperature below 0 K. */
  BELOW_ABSOLUTE_ZERO("unit.below_absolute_zero"),
  /** A duration below zero. */
  NEGATIVE_DURATION("unit.negative_duration");

  private final String code;

  UnitReason(String code) {
    this.code = code;
  }

  /** The stable reason code, e.g. {@code unit.needs_composition}. */
  public String code() {
    return code;
  }
}
