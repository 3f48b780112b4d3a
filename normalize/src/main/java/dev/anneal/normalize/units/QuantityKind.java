package dev.anneal.normalize.units;

/** What a number measures, each with the one canonical unit Anneal stores it in. */
public enum QuantityKind {
  /** Absolute temperature, in kelvin. */
  TEMPERATURE("K"),
  /** A length of time, in seconds. */
  DURATION("s"),
  /** A rate of temperature change, in kelvin per second; °C/min converts without the 273.15 offset. */
  HEATING_RATE("K/s"),
  /** An energy of one thing (a band gap, a cutoff, a barrier), in electronvolts. */
  ENERGY("eV"),
  /** An energy per atom (formation energy, energy above hull), in electronvolts per atom. */
  ENERGY_PER_ATOM("eV/atom"),
  /** Pressure, in gigapascals. */
  PRESSURE("GPa");

  private final String canonicalUnit;

  QuantityKind(String canonicalUnit) {
    this.canonicalUnit = canonicalUnit;
  }

  /** The unit values of this kind are converted to, e.g. {@code K}. */
  public String canonicalUnit() {
    return canonicalUnit;
  }
}
