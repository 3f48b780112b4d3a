package dev.anneal.tokenize.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Renders one measured value with its conditions and provenance (file, location, kind). */
public final class MeasurementText {

  private MeasurementText() {
  }

  /** The text for {@code m} through the measurement template {@code template}. */
  public static String render(String template, MeasurementView m) {
    Map<String, String> v = new HashMap<>();
    v.put("property_name", PropertyNames.of(m.property()));
    v.put("material", m.material().isBlank() ? m.reducedFormula() : m.material());
    v.put("formula", m.reducedFormula());
    v.put("value_text", valueText(m.value(), m.low(), m.high(), m.unit()));
    StringJoiner conditions = new StringJoiner(", ");
    new TreeMap<>(m.conditions()).forEach((k, val) -> conditions.add(k + " " + val));
    v.put("conditions", conditions.toString());
    v.put("sample_id", m.sampleId());
    v.put("provenance", provenance(m.sourceKind(), m.sourceUri(), m.location()));
    v.put("flags", String.join(", ", m.flags()));
    return Template.load("measurement", template).fill(v);
  }

  static String valueText(Double value, double low, double high, String unit) {
    String u = unit == null || unit.isEmpty() ? "" : " " + unit;
    if (value != null) {
      return num(value) + u;
    }
    return num(low) + "–" + num(high) + u;
  }

  static String num(double x) {
    return String.format(Locale.ROOT, "%.6g", x).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
        .replaceFirst("\\.(e|$)", "$1");
  }

  /** "csv furnace_log.csv line 4": where a value came from, without the machine's path. */
  static String provenance(String kind, String uri, String location) {
    String file = uri == null ? "" : uri.substring(uri.lastIndexOf('/') + 1);
    StringJoiner out = new StringJoiner(" ");
    for (String part : new String[] {kind, file, location}) {
      if (part != null && !part.isBlank()) {
        out.add(part);
      }
    }
    return out.toString();
  }
}
