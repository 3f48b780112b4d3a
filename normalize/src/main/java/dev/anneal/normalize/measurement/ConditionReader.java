package dev.anneal.normalize.measurement;

import dev.anneal.normalize.units.QuantityKind;
import dev.anneal.normalize.units.QuantityResult;
import dev.anneal.normalize.units.UnitParser;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a record's conditions: a pressure becomes {@code "<value> GPa"} (or {@code "<low>-<high>
 * GPa"}, or {@code ambient} for ambient/normal/atmospheric pressure and {@code AP}); other
 * conditions (a method) are kept as written. A pressure that cannot be read rejects the record,
 * since a Tc measured at 150 GPa must not pass for one at ambient pressure.
 */
final class ConditionReader {

  /** The conditions read, or the reason one could not be. */
  record Reading(Map<String, String> conditions, String failure) {
  }

  private static final Pattern AMBIENT = Pattern.compile(
      "^(ambient|normal|atmospheric|room)( pressure| p)?$|^ap$|^1 atm$");
  private static final Pattern ZERO = Pattern.compile("^0+(\\.0+)?$");

  private ConditionReader() {
  }

  static Reading read(Map<String, String> asWritten, Map<String, String> declaredUnits) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : asWritten.entrySet()) {
      String name = e.getKey();
      String text = e.getValue().strip();
      if (!name.equals("pressure")) {
        out.put(name, text);
        continue;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      if (AMBIENT.matcher(lower).matches()) {
        out.put(name, "ambient");
        continue;
      }
      if (ZERO.matcher(lower).matches()) {
        // Zero is zero in every unit: the one number that needs none.
        out.put(name, "0 GPa");
        continue;
      }
      // "under 9.3 GPa" says at which pressure, unlike "under 10 K" for a value: not a bound.
      ValueText.Reading v = ValueText.read(text.replaceFirst("(?i)^(under|at)\\s+", ""));
      if (!v.ok()) {
        return new Reading(null, "pressure '" + text + "': " + v.message());
      }
      QuantityResult q = UnitParser.parse(v.text(), QuantityKind.PRESSURE, null,
          declaredUnits.get(name));
      if (q instanceof QuantityResult.Converted c) {
        var m = c.measurement();
        out.put(name, (m.isRange() ? fmt(m.low()) + "-" + fmt(m.high()) : fmt(m.low())) + " GPa"
            + (v.flags().contains("approximate") ? " (approximate)" : ""));
      } else {
        QuantityResult.Rejected r = (QuantityResult.Rejected) q;
        return new Reading(null, "pressure '" + text + "': " + r.reason().code() + ": " + r.message());
      }
    }
    return new Reading(out, null);
  }

  static String fmt(double v) {
    String s = Double.toString(v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
