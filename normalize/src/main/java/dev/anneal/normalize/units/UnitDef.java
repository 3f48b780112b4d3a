package dev.anneal.normalize.units;

/**
 * One unit: canonical = value × factor + offset. Only absolute temperatures have an offset;
 * per-formula-unit energies land in eV per formula unit and are divided by the atom count later.
 *
 * @param symbol    the spelling the table knows it by, after normalisation
 * @param dimension what it measures
 * @param factor    multiplier to the canonical unit of its dimension
 * @param offset    added after the multiplication (273.15 for °C)
 */
record UnitDef(String symbol, Dimension dimension, double factor, double offset) {

  /** The value in the canonical unit of this unit's dimension. */
  double toCanonical(double value) {
    return value * factor + offset;
  }

  /** The inverse of {@link #toCanonical}. */
  double fromCanonical(double canonical) {
    return (canonical - offset) / factor;
  }
}
