package dev.anneal.ingest.simulation.vasp;

/**
 * Parses the decimal numbers VASP prints ({@code -0.00123456}, {@code 1.5E-03}) straight from a
 * character sequence, without a substring or a regex split, giving exactly
 * {@link Double#parseDouble}'s result.
 *
 * <p>The fast path is Clinger's: when the digits fit in a long below 2<sup>53</sup> and the
 * decimal exponent is within ±22, both the mantissa and the power of ten are exact doubles, so
 * one multiplication or division is correctly rounded. Anything else (more digits, large
 * exponents, {@code NaN}, hex) goes to {@link Double#parseDouble}, which also throws on garbage.
 */
final class Decimals {

  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final long MAX_EXACT = 1L << 53;

  private Decimals() {
  }

  /** The number in {@code s[from, to)}, which holds no whitespace. */
  static double parse(CharSequence s, int from, int to) {
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
          return slow(s, from, to);
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
      return slow(s, from, to);
    }
    int exponent = 0;
    if (i < to) {
      char c = s.charAt(i);
      if (c != 'e' && c != 'E') {
        return slow(s, from, to);
      }
      i++;
      boolean negExp = false;
      if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        negExp = s.charAt(i) == '-';
        i++;
      }
      if (i == to || to - i > 4) {
        return slow(s, from, to);
      }
      for (; i < to; i++) {
        char d = s.charAt(i);
        if (d < '0' || d > '9') {
          return slow(s, from, to);
        }
        exponent = exponent * 10 + (d - '0');
      }
      if (negExp) {
        exponent = -exponent;
      }
    }
    exponent -= fraction;
    if (mantissa >= MAX_EXACT || exponent < -22 || exponent > 22) {
      return slow(s, from, to);
    }
    double value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
    return negative ? -value : value;
  }

  private static double slow(CharSequence s, int from, int to) {
    return Double.parseDouble(s.subSequence(from, to).toString());
  }
}
