package dev.anneal.normalize.number;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a value with its uncertainty as a scientist does: the uncertainty to one significant
 * digit (two when it starts with 1), the value to the same decimal place
 * ({@code 85.329 ± 0.338016 K} → {@code 85.3 ± 0.3 K}); a value without one to six significant
 * digits, trailing zeros dropped.
 */
public final class ValueFormat {

  /** Significant digits of a value written without an uncertainty. */
  public static final int PLAIN_DIGITS = 6;

  // Beyond these powers of ten a plain decimal gets unreadable (0.000000123 or 123000000000):
  // such numbers are written with a power of ten instead.
  private static final int MIN_EXPONENT = -4;
  private static final int MAX_EXPONENT = 8;

  private ValueFormat() {
  }

  /**
   * {@code value ± uncertainty unit}, both rounded to the uncertainty; without a usable
   * uncertainty (null, zero, negative, not finite) just the value; "unknown" without a value.
   * {@code unit} may be null or empty.
   */
  public static String of(Double value, Double uncertainty, String unit) {
    String u = unit == null || unit.isBlank() ? "" : " " + unit.strip();
    if (value == null || !Double.isFinite(value)) {
      return "unknown";
    }
    if (uncertainty == null || !Double.isFinite(uncertainty) || uncertainty <= 0) {
      return plain(value) + u;
    }
    BigDecimal unc = roundUncertainty(new BigDecimal(Double.toString(uncertainty)));
    BigDecimal val = new BigDecimal(Double.toString(value)).setScale(unc.scale(),
        RoundingMode.HALF_UP);
    int exponent = exponent(val.signum() == 0 ? unc : val.abs().max(unc));
    if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
      BigDecimal shift = BigDecimal.ONE.scaleByPowerOfTen(exponent);
      return "(" + text(val.divide(shift)) + " ± " + text(unc.divide(shift)) + ")e"
          + exponent + u;
    }
    return text(val) + " ± " + text(unc) + u;
  }

  /** The value and its uncertainty without a unit, e.g. {@code 85.3 ± 0.3}. */
  public static String of(Double value, Double uncertainty) {
    return of(value, uncertainty, null);
  }

  /** {@code value} to six significant digits, trailing zeros dropped ({@code 773.15}, {@code 0.05}). */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "unknown" : value > 0 ? "infinity" : "-infinity";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal v = new BigDecimal(Double.toString(value))
        .round(new java.math.MathContext(PLAIN_DIGITS, RoundingMode.HALF_UP)).stripTrailingZeros();
    int exponent = exponent(v.abs());
    if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
      BigDecimal mantissa = v.scaleByPowerOfTen(-exponent).stripTrailingZeros();
      return text(mantissa) + "e" + exponent;
    }
    return text(v);
  }

  /**
   * The uncertainty rounded to one significant digit, or two when it starts with 1 (0.17 stays
   * 0.17; 0.096 becomes 0.10, since rounding it to one digit gives a leading 1).
   */
  static BigDecimal roundUncertainty(BigDecimal u) {
    if (u.unscaledValue().toString().charAt(0) == '1') {
      return u.round(new java.math.MathContext(2, RoundingMode.HALF_UP));
    }
    BigDecimal one = u.round(new java.math.MathContext(1, RoundingMode.HALF_UP));
    if (one.unscaledValue().abs().equals(java.math.BigInteger.ONE)) {
      return u.setScale(one.scale() + 1, RoundingMode.HALF_UP);
    }
    return one;
  }

  /** The power of ten of the leading digit of a positive number (85.3 → 1, 0.04 → -2). */
  private static int exponent(BigDecimal positive) {
    return positive.precision() - positive.scale() - 1;
  }

  /** Plain decimal digits, never an exponent; "-0" is written as "0". */
  private static String text(BigDecimal v) {
    String s = v.toPlainString();
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }
}
