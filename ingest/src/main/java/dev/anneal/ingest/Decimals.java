package dev.anneal.ingest;

/**
 * Parses decimal numbers ({@code -0.00123456}, {@code 1.5E-03}, {@code .5}) straight from a
 * character sequence, without a substring or a regex, giving exactly {@link Double#parseDouble}'s
 * result; the one copy of fast number parsing, used by the VASP and CIF readers.
 *
 * <p>The fast path is Clinger's: when the digits fit in a long below 2<sup>53</sup> and the
 * decimal exponent is within ±22, both the mantissa and the power of ten are exact doubles, so
 * one multiplication or division is correctly rounded. Anything else (more digits, large
 * exponents, {@code NaN}, hex) goes to {@link Double#parseDouble}.
 */
public final class Decimals {

  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final long MAX_EXACT = 1L << 53;

  private Decimals() {
  }

  /**
   * The number in {@code s[from, to)}, which holds no whitespace, exactly as
   * {@link Double#parseDouble} reads it (including {@code NaN}, {@code Infinity}, hex and a
   * {@code d}/{@code f} suffix); throws {@link NumberFormatException} where it does.
   */
  public static double parse(CharSequence s, int from, int to) {
    double fast = fast(s, from, to);
    return Double.isNaN(fast) ? Double.parseDouble(s.subSequence(from, to).toString()) : fast;
  }

  /**
   * The finite number in {@code s[from, to)} written as plain decimal digits (sign, point,
   * exponent), else NaN: {@code NaN}, {@code Infinity}, hex, a type suffix, an overflow to
   * infinity and garbage are all NaN, never an exception.
   */
  public static double parseFinite(CharSequence s, int from, int to) {
    double fast = fast(s, from, to);
    if (!Double.isNaN(fast)) {
      return fast;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd'/'f'.
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return Double.NaN;
      }
    }
    try {
      double v = Double.parseDouble(s.subSequence(from, to).toString());
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The correctly rounded value when the fast path applies, else NaN (never a fast result). */
  private static double fast(CharSequence s, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    boolean point = false;
    boolean any = false;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa == 0 && c == '0') {
          // leading zeros are not significant
        } else if (++digits > 18) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          fraction++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (!any) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < to) {
      char c = s.charAt(i);
      if (c != 'e' && c != 'E') {
        return Double.NaN;
      }
      i++;
      boolean negExp = false;
      if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        negExp = s.charAt(i) == '-';
        i++;
      }
      if (i == to || to - i > 4) {
        return Double.NaN;
      }
      for (; i < to; i++) {
        char d = s.charAt(i);
        if (d < '0' || d > '9') {
          return Double.NaN;
        }
        exponent = exponent * 10 + (d - '0');
      }
      if (negExp) {
        exponent = -exponent;
      }
    }
    exponent -= fraction;
    if (mantissa >= MAX_EXACT || exponent < -22 || exponent > 22) {
      return Double.NaN;
    }
    double value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
    return negative ? -value : value;
  }
}
