package dev.anneal.normalize.units;

import java.util.Objects;

/**
 * A quantity converted to its kind's canonical unit; a single value has {@code low == high}.
 *
 * @param kind          what it measures; the values are in {@code kind.canonicalUnit()}
 * @param low           the value, or the low end of a range
 * @param high          the value, or the high end of a range
 * @param unitAsWritten the unit as the source spelled it (or as declared by the caller)
 */
public record Measurement(QuantityKind kind, double low, double high, String unitAsWritten) {

  public Measurement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unitAsWritten, "unitAsWritten");
    if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("not a finite range: " + low + ".." + high);
    }
  }

  /** Whether the source gave a range ({@code 900-1000 °C}) rather than one value. */
  public boolean isRange() {
    return low != high;
  }

  /** The single value; asking a range for one is a caller mistake, since its midpoint was never measured. */
  public double value() {
    if (isRange()) {
      throw new IllegalStateException("a range has no single value: " + this);
    }
    return low;
  }

  /** The canonical unit of the values, e.g. {@code K}. */
  public String unit() {
    return kind.canonicalUnit();
  }
}
