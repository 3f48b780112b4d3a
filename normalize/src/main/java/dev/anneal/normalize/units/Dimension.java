package dev.anneal.normalize.units;

/**
 * What a unit measures, finer than {@link QuantityKind}: an energy per formula unit is its own
 * dimension because it becomes an energy per atom only with a composition.
 */
enum Dimension {
  TEMPERATURE(QuantityKind.TEMPERATURE),
  TIME(QuantityKind.DURATION),
  TEMPERATURE_RATE(QuantityKind.HEATING_RATE),
  ENERGY(QuantityKind.ENERGY),
  ENERGY_PER_ATOM(QuantityKind.ENERGY_PER_ATOM),
  ENERGY_PER_FORMULA_UNIT(QuantityKind.ENERGY_PER_ATOM),
  PRESSURE(QuantityKind.PRESSURE);

  /** The kind values of this dimension convert to. */
  final QuantityKind kind;

  Dimension(QuantityKind kind) {
    this.kind = kind;
  }
}
