package dev.anneal.tokenize.render;

import dev.anneal.normalize.number.ValueFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Renders one measured value with its conditions and where it was recorded, in words. */
public final class MeasurementText {

  private MeasurementText() {
  }

  /** The text for {@code m} through the measurement template {@code template}. */
  public static String render(String template, MeasurementView m) {
    return render(template, m, null);
  }

  /**
   * The text for {@code m}; {@code paper} (from {@link Provenance#paper}) names the paper it was
   * reported in, or is null.
   */
  public static String render(String template, MeasurementView m, String paper) {
    Map<String, String> v = new HashMap<>();
    v.put("property_name", PropertyNames.of(m.property()));
    v.put("material", m.material().isBlank() ? m.reducedFormula() : m.material());
    v.put("formula", m.reducedFormula());
    v.put("formula_part", m.material().isBlank() || m.material().equals(m.reducedFormula())
        ? "" : " (" + m.reducedFormula() + ")");
    v.put("value_text", valueText(m.value(), m.low(), m.high(), m.unit()));
    StringJoiner conditions = new StringJoiner(", ");
    new TreeMap<>(m.conditions()).forEach((k, val) -> conditions.add(k.replace('_', ' ') + " "
        + val));
    v.put("conditions", conditions.toString());
    v.put("sample_id", m.sampleId());
    v.put("provenance", Provenance.of(m.sourceKind(), m.sourceUri(), m.location(), paper));
    return Template.load("measurement", template).fill(v);
  }

  static String valueText(Double value, double low, double high, String unit) {
    String u = unit == null || unit.isEmpty() ? "" : " " + unit;
    if (value != null) {
      return num(value) + u;
    }
    return num(low) + "–" + num(high) + u;
  }

  /** A number without an uncertainty: six significant digits, trailing zeros dropped. */
  static String num(double x) {
    return ValueFormat.plain(x);
  }
}
