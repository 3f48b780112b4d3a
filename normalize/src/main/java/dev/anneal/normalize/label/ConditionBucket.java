package dev.anneal.normalize.label;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The condition bucket a measurement is compared within: values at different pressures are
 * different labels. Canonical pressures ({@code "2 GPa"}, {@code "1-3 GPa"}, {@code ambient}) are
 * bucketed as {@code pressure=ambient} (≤ 0.05 GPa or absent) or {@code pressure=N GPa} (rounded
 * to 1 GPa; a range by its midpoint).
 */
public final class ConditionBucket {

  private static final Pattern GPA = Pattern.compile(
      "^\\s*(-?\\d+(?:\\.\\d+)?)(?:\\s*-\\s*(\\d+(?:\\.\\d+)?))?\\s*GPa\\s*$");

  private ConditionBucket() {
  }

  /** The bucket of canonical {@code conditions} (null or empty: ambient pressure). */
  public static String of(Map<String, String> conditions) {
    String p = conditions == null ? null : conditions.get("pressure");
    if (p == null || p.isBlank() || p.strip().toLowerCase(Locale.ROOT).equals("ambient")) {
      return "pressure=ambient";
    }
    Matcher m = GPA.matcher(p);
    if (!m.matches()) {
      return "pressure=" + p.strip();
    }
    double lo = Double.parseDouble(m.group(1));
    double hi = m.group(2) == null ? lo : Double.parseDouble(m.group(2));
    double mid = 0.5 * (lo + hi);
    if (mid <= 0.05) {
      return "pressure=ambient";
    }
    return "pressure=" + Math.max(1, Math.round(mid)) + " GPa";
  }
}
