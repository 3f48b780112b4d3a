package dev.anneal.quality.filter.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Helpers the rules share: formatting of shares and the share of repeated items. */
final class Ratios {

  private Ratios() {
  }

  /** A share as the messages print it (three decimals, any locale). */
  static String fmt(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /** Share of non-blank items equal to an earlier item; 0 below three items. */
  static double duplicateShare(String[] items) {
    Set<String> seen = new HashSet<>();
    int total = 0;
    int dups = 0;
    for (String item : items) {
      String t = item.strip();
      if (t.isEmpty()) {
        continue;
      }
      total++;
      if (!seen.add(t)) {
        dups++;
      }
    }
    return total < 3 ? 0 : (double) dups / total;
  }
}
