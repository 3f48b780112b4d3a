package dev.anneal.ingest.crystal.cif;

import dev.anneal.ingest.Decimals;

/**
 * Reads CIF numbers such as {@code -0.1234(5)}, {@code 1.2E-3} or {@code .5}: the trailing
 * standard uncertainty in parentheses is CIF's own, the number itself is read by
 * {@link Decimals} without a substring, since coordinates are most of a CIF's tokens.
 */
public final class CifNumbers {

  private CifNumbers() {
  }

  /**
   * The value of {@code text} with a trailing standard uncertainty in parentheses dropped, or
   * NaN when the text is not a finite number. Matches {@link Double#parseDouble} bit for bit.
   */
  public static double parse(String text) {
    int end = text.indexOf('(');
    if (end < 0) {
      end = text.length();
    } else if (!isUncertainty(text, end)) {
      return Double.NaN;
    }
    return Decimals.parseFinite(text, 0, end);
  }

  /** The standard uncertainty of {@code text} scaled to the last decimal written, or NaN. */
  public static double uncertainty(String text) {
    int open = text.indexOf('(');
    if (open < 0 || !isUncertainty(text, open)) {
      return Double.NaN;
    }
    long su = Long.parseLong(text.substring(open + 1, text.length() - 1));
    int dot = text.indexOf('.');
    int exp = Math.max(text.indexOf('e'), text.indexOf('E'));
    int mantissaEnd = exp >= 0 && exp < open ? exp : open;
    int decimals = dot >= 0 && dot < mantissaEnd ? mantissaEnd - dot - 1 : 0;
    double scale = Math.pow(10, -decimals);
    if (exp >= 0 && exp < open) {
      scale *= Math.pow(10, Integer.parseInt(text.substring(exp + 1, open).replace("+", "")));
    }
    return su * scale;
  }

  /** Whether {@code text} from {@code open} is "(digits)" up to its end. */
  private static boolean isUncertainty(String text, int open) {
    int n = text.length();
    if (n - open < 3 || text.charAt(n - 1) != ')') {
      return false;
    }
    for (int i = open + 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
