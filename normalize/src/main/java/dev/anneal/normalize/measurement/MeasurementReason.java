package dev.anneal.normalize.measurement;

/** Why a lab-log record did not become a measurement: each constant carries its stable reason code. */
public enum MeasurementReason {
  /** The material cell is blank. */
  MISSING_MATERIAL("measurement.missing_material"),
  /**
   * The material leaves a variable or placeholder open ({@code x = 0.10} with no compound named
   * unambiguously before it, {@code BaFe2-xCoxAs2} with no value for x).
   */
  UNRESOLVED_MATERIAL("measurement.unresolved_material"),
  /** The material is not a formula the parser reads: prose, a sample description, a typo. */
  BAD_MATERIAL("measurement.bad_material"),
  /** A trade name or acronym ({@code BSCCO}, {@code YBCO 6.7}) that names no single composition. */
  TRADE_NAME("measurement.trade_name"),
  /** The value cell is blank. */
  MISSING_VALUE("measurement.missing_value"),
  /** The value is not a number with a unit: words, a lost decimal point ({@code 4:5 K}). */
  BAD_VALUE("measurement.bad_value"),
  /** The value is a bound ({@code < 10 K}, {@code up to 50 K}), not a measured value. */
  BOUND_VALUE("measurement.bound_value"),
  /** The cell holds several values ({@code 12, 15 and 18 K}). */
  MULTIPLE_VALUES("measurement.multiple_values"),
  /** A number with no unit, and no unit declared by the column. */
  MISSING_UNIT("measurement.missing_unit"),
  /** A unit not in the unit table. */
  UNKNOWN_UNIT("measurement.unknown_unit"),
  /** A known unit of the wrong kind for the property ({@code GPa} for a Tc). */
  WRONG_UNIT_KIND("measurement.wrong_unit_kind"),
  /** An energy whose basis (per atom, per formula unit) is not given or cannot be applied. */
  AMBIGUOUS_BASIS("measurement.ambiguous_basis"),
  /** The cell's own unit contradicts the column's ({@code 1173 K} under {@code Temperature [°C]}). */
  CONTRADICTORY_UNIT("measurement.contradictory_unit"),
  /** Outside what the property can physically be: a negative kelvin Tc, a Tc of 900 K. */
  IMPLAUSIBLE_VALUE("measurement.implausible_value"),
  /** A property key no table entry describes (from a custom mapping). */
  UNKNOWN_PROPERTY("measurement.unknown_property"),
  /** A condition (pressure) that cannot be read; the value is not kept without its condition. */
  BAD_CONDITION("measurement.bad_condition"),
  /** A byte-identical repeat of an earlier row of the same file. */
  DUPLICATE_ROW("measurement.duplicate_row");

  private final String code;

  MeasurementReason(String code) {
    this.code = code;
  }

  /** The stable reason code, e.g. {@code measurement.unknown_unit}. */
  public String code() {
    return code;
  }
}
