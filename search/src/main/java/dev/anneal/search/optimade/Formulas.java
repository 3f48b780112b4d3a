package dev.anneal.search.optimade;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** OPTIMADE's reduced and anonymous formulas of a cell composition. */
final class Formulas {

  /** How far from a whole number a summed occupancy may be and still count as one. */
  private static final double WHOLE = 1e-6;

  private Formulas() {
  }

  /** The amounts as whole numbers, or null when one is not (a partly occupied cell). */
  static Map<String, Long> integral(Map<String, Double> amounts) {
    Map<String, Long> out = new TreeMap<>();
    for (Map.Entry<String, Double> e : amounts.entrySet()) {
      double v = e.getValue();
      long r = Math.round(v);
      if (r <= 0 || Math.abs(v - r) > WHOLE) {
        return null;
      }
      out.put(e.getKey(), r);
    }
    return out.isEmpty() ? null : out;
  }

  /** Alphabetical symbols, amounts divided by their greatest common divisor, 1 omitted. */
  static String reduced(Map<String, Long> amounts) {
    long g = gcd(amounts.values());
    StringBuilder b = new StringBuilder();
    new TreeMap<>(amounts).forEach((el, n) -> b.append(el).append(n / g == 1 ? "" : n / g));
    return b.toString();
  }

  /** A, B, C… (then Aa, Ba…) for the reduced amounts in decreasing order. */
  static String anonymous(Map<String, Long> amounts) {
    long g = gcd(amounts.values());
    List<Long> counts = new ArrayList<>();
    amounts.values().forEach(n -> counts.add(n / g));
    counts.sort(Comparator.reverseOrder());
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < counts.size(); i++) {
      b.append(symbol(i)).append(counts.get(i) == 1 ? "" : counts.get(i));
    }
    return b.toString();
  }

  private static String symbol(int i) {
    String s = String.valueOf((char) ('A' + i % 26));
    int rest = i / 26;
    StringBuilder b = new StringBuilder(s);
    while (rest > 0) {
      rest--;
      b.append((char) ('a' + rest % 26));
      rest /= 26;
    }
    return b.toString();
  }

  private static long gcd(Iterable<Long> values) {
    BigInteger g = BigInteger.ZERO;
    for (long v : values) {
      g = g.gcd(BigInteger.valueOf(v));
    }
    return g.signum() == 0 ? 1 : g.longValue();
  }
}
