package dev.anneal.ingest.crystal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A symmetry operation in fractional coordinates, x' = R·x + t, read from the Jones-faithful
 * notation CIFs use: {@code -x+1/2,y,-z}, {@code x-y,x,z+1/2}, {@code 1/2+X, 0.5-y, z}.
 */
public final class SymOp {

  /** The identity. */
  public static final SymOp IDENTITY = new SymOp(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
      new double[] {0, 0, 0});

  /**
   * Operators already read, by their text: a handful of strings ({@code -x,-y,z}) make up nearly
   * every operator in a corpus, and reading them was a tenth of the parse time. Bounded, so a
   * stream of odd spellings cannot grow it without limit.
   */
  private static final Map<String, SymOp> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 8192;
  private static final SymOp INVALID = new SymOp(new double[9], new double[3]);

  private final double[] r;
  private final double[] t;

  private SymOp(double[] r, double[] t) {
    this.r = r;
    this.t = t;
  }

  /**
   * Parses {@code xyz}; returns null when it is not three comma-separated linear expressions in
   * x, y and z with rational or decimal constants.
   */
  public static SymOp parse(String xyz) {
    SymOp cached = CACHE.get(xyz);
    if (cached == null) {
      cached = read(xyz);
      if (CACHE.size() < CACHE_LIMIT) {
        CACHE.put(xyz, cached == null ? INVALID : cached);
      }
    }
    return cached == INVALID ? null : cached;
  }

  private static SymOp read(String xyz) {
    String[] parts = xyz.split(",");
    if (parts.length != 3) {
      return null;
    }
    double[] r = new double[9];
    double[] t = new double[3];
    for (int row = 0; row < 3; row++) {
      if (!parseRow(parts[row].toLowerCase(Locale.ROOT), r, t, row)) {
        return null;
      }
    }
    return new SymOp(r, t);
  }

  /** Parses one coordinate expression as a sum of signed terms: {@code ±[coef]var} or {@code ±number}. */
  private static boolean parseRow(String e, double[] r, double[] t, int row) {
    int i = 0;
    int n = e.length();
    boolean anyTerm = false;
    while (i < n) {
      while (i < n && Character.isWhitespace(e.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      double sign = 1;
      char c = e.charAt(i);
      if (c == '+' || c == '-') {
        sign = c == '-' ? -1 : 1;
        i++;
        while (i < n && Character.isWhitespace(e.charAt(i))) {
          i++;
        }
      } else if (anyTerm) {
        return false;
      }
      int start = i;
      while (i < n && (Character.isDigit(e.charAt(i)) || e.charAt(i) == '.' || e.charAt(i) == '/')) {
        i++;
      }
      double number = 1;
      boolean hasNumber = i > start;
      if (hasNumber) {
        number = fraction(e.substring(start, i));
        if (Double.isNaN(number)) {
          return false;
        }
        if (i < n && e.charAt(i) == '*') {
          i++;
        }
      }
      if (i < n && e.charAt(i) >= 'x' && e.charAt(i) <= 'z') {
        r[row * 3 + (e.charAt(i) - 'x')] += sign * number;
        i++;
      } else if (hasNumber) {
        t[row] += sign * number;
      } else {
        return false;
      }
      anyTerm = true;
    }
    return anyTerm;
  }

  private static double fraction(String s) {
    try {
      int slash = s.indexOf('/');
      if (slash < 0) {
        return Double.parseDouble(s);
      }
      double den = Double.parseDouble(s.substring(slash + 1));
      return den == 0 ? Double.NaN : Double.parseDouble(s.substring(0, slash)) / den;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Applies the operation to fractional {@code p}, writing into {@code out}. */
  public void apply(double[] p, double[] out) {
    double x = p[0];
    double y = p[1];
    double z = p[2];
    out[0] = r[0] * x + r[1] * y + r[2] * z + t[0];
    out[1] = r[3] * x + r[4] * y + r[5] * z + t[1];
    out[2] = r[6] * x + r[7] * y + r[8] * z + t[2];
  }

  /** Whether the rotation part is invertible, as every crystallographic operation's is. */
  public boolean isInvertible() {
    double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
        + r[2] * (r[3] * r[7] - r[4] * r[6]);
    return Math.abs(det) > 1e-6;
  }
}
