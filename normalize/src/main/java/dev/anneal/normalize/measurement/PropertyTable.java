package dev.anneal.normalize.measurement;

import dev.anneal.normalize.units.QuantityKind;
import java.util.Map;

/**
 * The properties a lab log can measure: each with its quantity kind (hence canonical unit) and
 * the range a real value can take in that unit; outside it a value is implausible, which catches
 * a Tc written in °C under a K header.
 */
public final class PropertyTable {

  /**
   * One property.
   *
   * @param key  the property key, e.g. {@code tc}
   * @param kind what it measures
   * @param min  the lowest plausible value in the canonical unit
   * @param max  the highest plausible value in the canonical unit
   * @param minExclusive whether {@code min} itself is implausible (a Tc of exactly 0 K)
   */
  public record Spec(String key, QuantityKind kind, double min, double max, boolean minExclusive) {

    /** Whether {@code v} (canonical unit) is a value this property can take. */
    public boolean plausible(double v) {
      return (minExclusive ? v > min : v >= min) && v <= max;
    }
  }

  // Tc: the record at any pressure is ~250 K (LaH10); 300 K leaves room without admitting °C
  // read as K above room temperature. Formation energies beyond ±10 eV/atom do not exist.
  private static final Map<String, Spec> SPECS = Map.of(
      "tc", new Spec("tc", QuantityKind.TEMPERATURE, 0, 300, true),
      "temperature", new Spec("temperature", QuantityKind.TEMPERATURE, 0, 5000, true),
      "dwell_time", new Spec("dwell_time", QuantityKind.DURATION, 0, 1e8, false),
      "heating_rate", new Spec("heating_rate", QuantityKind.HEATING_RATE, 0, 1000, true),
      "formation_enthalpy", new Spec("formation_enthalpy", QuantityKind.ENERGY_PER_ATOM, -10, 10, false),
      "formation_energy", new Spec("formation_energy", QuantityKind.ENERGY_PER_ATOM, -10, 10, false),
      "band_gap", new Spec("band_gap", QuantityKind.ENERGY, 0, 20, false),
      "pressure", new Spec("pressure", QuantityKind.PRESSURE, 0, 1000, false));

  private PropertyTable() {
  }

  /** The spec of {@code key}, or null when none is known. */
  public static Spec get(String key) {
    return SPECS.get(key);
  }
}
