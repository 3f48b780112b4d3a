package dev.anneal.normalize.label;

/**
 * A unit mistake made when a value was recorded, with the correction that undoes it. Each
 * correction maps the value as recorded back to the value in the canonical unit.
 */
public enum UnitSlip {
  /** A Celsius number written into a kelvin column: {@code -181.2 K} was {@code -181.2 °C}. */
  CELSIUS_AS_KELVIN("celsius_as_kelvin"),
  /** A kelvin number written under a Celsius header and converted once more (+273.15). */
  KELVIN_AS_CELSIUS("kelvin_as_celsius"),
  /** kJ/mol (per formula unit) recorded as eV/atom. */
  KJ_PER_MOL_AS_EV_PER_ATOM("kj_per_mol_as_ev_per_atom"),
  /** An energy per formula unit recorded as per atom. */
  PER_FORMULA_UNIT_AS_PER_ATOM("per_formula_unit_as_per_atom"),
  /** The sign dropped or flipped (an enthalpy of formation written as positive). */
  SIGN_FLIP("sign_flip");

  /** eV per kJ/mol: 1 eV = 96.485 kJ/mol. */
  public static final double KJ_PER_MOL_PER_EV = 96.48533212;

  private final String code;

  UnitSlip(String code) {
    this.code = code;
  }

  /** The stable flag written to labels, e.g. {@code celsius_as_kelvin}. */
  public String code() {
    return code;
  }

  /**
   * The value in the canonical unit had this slip produced {@code recorded}, for a material of
   * {@code atomsPerFormulaUnit} atoms per formula unit (NaN when a slip needs it and it is unknown).
   */
  public double correct(double recorded, double atomsPerFormulaUnit) {
    return switch (this) {
      case CELSIUS_AS_KELVIN -> recorded + 273.15;
      case KELVIN_AS_CELSIUS -> recorded - 273.15;
      case KJ_PER_MOL_AS_EV_PER_ATOM -> atomsPerFormulaUnit > 0
          ? recorded / KJ_PER_MOL_PER_EV / atomsPerFormulaUnit : Double.NaN;
      case PER_FORMULA_UNIT_AS_PER_ATOM -> atomsPerFormulaUnit > 1
          ? recorded / atomsPerFormulaUnit : Double.NaN;
      case SIGN_FLIP -> -recorded;
    };
  }

  /** The inverse of {@link #correct}: what a true value becomes when recorded with this slip. */
  public double apply(double truth, double atomsPerFormulaUnit) {
    return switch (this) {
      case CELSIUS_AS_KELVIN -> truth - 273.15;
      case KELVIN_AS_CELSIUS -> truth + 273.15;
      case KJ_PER_MOL_AS_EV_PER_ATOM -> truth * KJ_PER_MOL_PER_EV * atomsPerFormulaUnit;
      case PER_FORMULA_UNIT_AS_PER_ATOM -> truth * atomsPerFormulaUnit;
      case SIGN_FLIP -> -truth;
    };
  }
}
