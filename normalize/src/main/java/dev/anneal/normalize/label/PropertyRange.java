package dev.anneal.normalize.label;

import java.util.List;
import java.util.Map;

/**
 * What a property's values may physically be, how close two honest measurements of it lie, and
 * which unit slips are possible for it.
 *
 * @param property  the property key, e.g. {@code tc}
 * @param unit      its canonical unit
 * @param low       the lowest plausible value (inclusive)
 * @param high      the highest plausible value (inclusive)
 * @param noise     the spread below which two values are the same measurement (MAD floor)
 * @param agreement the distance within which a value agrees with the consensus
 * @param slips     the unit slips checked for this property
 */
public record PropertyRange(String property, String unit, double low, double high, double noise,
                            double agreement, List<UnitSlip> slips) {

  private static final Map<String, PropertyRange> KNOWN = Map.of(
      "tc", new PropertyRange("tc", "K", 0.0, 300.0, 0.5, 5.0,
          List.of(UnitSlip.CELSIUS_AS_KELVIN, UnitSlip.KELVIN_AS_CELSIUS)),
      "formation_enthalpy", new PropertyRange("formation_enthalpy", "eV/atom", -6.0, 1.0, 0.02,
          0.15, List.of(UnitSlip.KJ_PER_MOL_AS_EV_PER_ATOM, UnitSlip.PER_FORMULA_UNIT_AS_PER_ATOM,
          UnitSlip.SIGN_FLIP)),
      "formation_energy", new PropertyRange("formation_energy", "eV/atom", -6.0, 1.0, 0.02, 0.15,
          List.of(UnitSlip.KJ_PER_MOL_AS_EV_PER_ATOM, UnitSlip.PER_FORMULA_UNIT_AS_PER_ATOM,
          UnitSlip.SIGN_FLIP)),
      "band_gap", new PropertyRange("band_gap", "eV", 0.0, 15.0, 0.05, 0.3, List.of()));

  /** Whether {@code value} is physically possible for this property. */
  public boolean plausible(double value) {
    return Double.isFinite(value) && value >= low && value <= high;
  }

  /** The range of {@code property}, or a permissive one (any finite value, 5% agreement). */
  public static PropertyRange of(String property, String unit) {
    PropertyRange known = KNOWN.get(property);
    if (known != null) {
      return known;
    }
    return new PropertyRange(property, unit == null ? "" : unit, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, 0.0, 0.0, List.of());
  }

  /** Whether the property has a known range (denoising is only as good as the range). */
  public static boolean known(String property) {
    return KNOWN.containsKey(property);
  }

  /**
   * How unlikely {@code value} is a priori, for breaking ties between equally supported
   * clusters (lower is likelier): a formation energy is negative and small far more often than a
   * sign-flipped or per-formula-unit one; a Tc is low far more often than near room temperature
   * (where a kelvin value converted from Celsius twice lands); other properties have no prior.
   */
  public double preference(double value) {
    if (slips.contains(UnitSlip.SIGN_FLIP)) {
      return (value > 0 ? 100 : 0) + Math.abs(value);
    }
    if (slips.contains(UnitSlip.KELVIN_AS_CELSIUS)) {
      return value / high;
    }
    return 0.0;
  }

  /** The distance within which {@code value} and a consensus {@code center} agree. */
  public double tolerance(double center) {
    if (agreement == 0.0) {
      return Math.max(1e-9, 0.05 * Math.abs(center));
    }
    return "tc".equals(property) ? Math.max(agreement, 0.1 * Math.abs(center)) : agreement;
  }
}
