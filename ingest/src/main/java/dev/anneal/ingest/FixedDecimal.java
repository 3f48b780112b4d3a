package dev.anneal.ingest;

import java.util.Locale;

/**
 * Fixed-point text of a double, exactly as {@code String.format(Locale.ROOT, "%.Nf", x)} writes
 * it, without the cost of a {@link java.util.Formatter} per value.
 *
 * <p>Content ids hash rounded coordinates, so this must agree with the formatter character for
 * character: Java rounds the shortest decimal representation of the double (the digits of
 * {@link Double#toString(double)}) half up, keeps the sign of values that round to zero
 * ({@code -0.00001} → {@code -0.0000}) and of {@code -0.0}.
 */
public final class FixedDecimal {

  private FixedDecimal() {
  }

  /** {@code x} with {@code scale} digits after the point, as {@code "%.<scale>f"} writes it. */
  public static String format(double x, int scale) {
    return append(new StringBuilder(24), x, scale).toString();
  }

  /** Appends {@link #format(double, int)} of {@code x} to {@code out} and returns {@code out}. */
  public static StringBuilder append(StringBuilder out, double x, int scale) {
    if (scale < 0) {
      throw new IllegalArgumentException("scale must not be negative: " + scale);
    }
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return out.append(String.format(Locale.ROOT, "%." + scale + "f", x));
    }
    if (x < 0 || (x == 0 && 1 / x < 0)) {
      out.append('-');
    }
    String s = Double.toString(Math.abs(x)); // "123.456", "1.0E-5" or "1.234E10"
    int e = s.indexOf('E');
    int mantissaEnd = e < 0 ? s.length() : e;
    int dot = s.indexOf('.');
    // The significant digits, and how many of them stand before the decimal point.
    char[] digits = new char[mantissaEnd];
    int n = 0;
    for (int i = 0; i < mantissaEnd; i++) {
      if (i != dot) {
        digits[n++] = s.charAt(i);
      }
    }
    int point = dot + (e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10));
    int keep = point + scale; // digits that survive the rounding
    if (keep < n) {
      boolean up = keep >= 0 && digits[keep] >= '5';
      n = Math.max(keep, 0);
      if (up) {
        int i = n - 1;
        while (i >= 0 && digits[i] == '9') {
          digits[i--] = '0';
        }
        if (i >= 0) {
          digits[i]++;
        } else {
          // 9.99 → 10.0: one more digit in front.
          char[] wider = new char[n + 1];
          wider[0] = '1';
          System.arraycopy(digits, 0, wider, 1, n);
          digits = wider;
          n++;
          point++;
        }
      }
    }
    if (point <= 0) {
      out.append('0');
    } else {
      for (int i = 0; i < point; i++) {
        out.append(i < n ? digits[i] : '0');
      }
    }
    if (scale > 0) {
      out.append('.');
      for (int i = point; i < point + scale; i++) {
        out.append(i >= 0 && i < n ? digits[i] : '0');
      }
    }
    return out;
  }
}
