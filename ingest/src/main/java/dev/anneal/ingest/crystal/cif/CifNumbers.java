package dev.anneal.ingest.crystal.cif;

/**
 * Reads CIF numbers such as {@code -0.1234(5)}, {@code 1.2E-3} or {@code .5}, without regular
 * expressions or substrings on the common path, since coordinates are most of a CIF's tokens.
 */
public final class CifNumbers {

  /** Powers of ten that are exact doubles; dividing an exact mantissa by one rounds correctly. */
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
      1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

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
    if (end == 0) {
      return Double.NaN;
    }
    int i = 0;
    boolean negative = false;
    char c = text.charAt(0);
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean dot = false;
    boolean any = false;
    for (; i < end; i++) {
      c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa == 0 && c == '0') {
          if (dot) {
            scale++;
          }
          continue;
        }
        if (++digits > 15) {
          return slow(text, end);
        }
        mantissa = mantissa * 10 + (c - '0');
        if (dot) {
          scale++;
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else if (c == 'e' || c == 'E') {
        return any ? slow(text, end) : Double.NaN;
      } else {
        return Double.NaN;
      }
    }
    if (!any) {
      return Double.NaN;
    }
    double value = scale <= 22 ? mantissa / POW10[scale] : slow(text, end);
    return negative ? -value : value;
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

  private static double slow(String text, int end) {
    String s = text.substring(0, end);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd'/'f'; CIF does not.
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return Double.NaN;
      }
    }
    try {
      double v = Double.parseDouble(s);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
