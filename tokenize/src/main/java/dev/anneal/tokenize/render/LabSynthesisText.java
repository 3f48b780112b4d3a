package dev.anneal.tokenize.render;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders the process parameters a lab log recorded for one sample (furnace temperatures, dwell
 * times, heating rates, one line per step) as that sample's synthesis description: they say how
 * the sample was made, so they go with the synthesis, not among the material's properties.
 */
public final class LabSynthesisText {

  /**
   * One recorded value.
   *
   * @param location  where it stands ({@code line 4})
   * @param step      the step's name as written ({@code calcination 1}), or ""
   * @param property  the property key ({@code temperature}, {@code dwell_time}, …)
   * @param asWritten the value and unit as written ({@code 900 °C})
   * @param atmosphere the atmosphere of the step, or ""
   * @param notes     the row's notes, or ""
   */
  public record Value(String location, String step, String property, String asWritten,
                      String atmosphere, String notes) implements Serializable {
  }

  // The order of a step's values in its line, and how each is introduced.
  private static final Map<String, String> LEADS = new LinkedHashMap<>();

  static {
    LEADS.put("temperature", "at ");
    LEADS.put("dwell_time", "for ");
    LEADS.put("duration", "for ");
    LEADS.put("heating_rate", "heating at ");
    LEADS.put("ramp_rate", "heating at ");
    LEADS.put("cooling_rate", "cooling at ");
  }

  private LabSynthesisText() {
  }

  /**
   * "Lab record of sample YBCO-01 (Ba2YCu3O7), lab log furnace_log.csv:" then one line per step
   * in the log's order.
   */
  public static String render(String sampleId, String formula, String provenance,
                              List<Value> values) {
    Map<String, List<Value>> byLine = new LinkedHashMap<>();
    List<Value> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparingInt((Value v) -> lineNumber(v.location()))
        .thenComparing(Value::location).thenComparing(Value::property));
    for (Value v : sorted) {
      byLine.computeIfAbsent(v.location(), k -> new ArrayList<>()).add(v);
    }
    StringBuilder out = new StringBuilder("Lab record");
    if (sampleId != null && !sampleId.isBlank()) {
      out.append(" of sample ").append(sampleId.strip());
    }
    if (formula != null && !formula.isBlank()) {
      out.append(" (").append(formula).append(')');
    }
    if (provenance != null && !provenance.isBlank()) {
      out.append(", ").append(provenance);
    }
    out.append(':');
    for (List<Value> line : byLine.values()) {
      Value first = line.get(0);
      StringJoiner parts = new StringJoiner(", ");
      for (Map.Entry<String, String> lead : LEADS.entrySet()) {
        line.stream().filter(v -> v.property().equals(lead.getKey())).findFirst()
            .ifPresent(v -> parts.add(lead.getValue() + v.asWritten().strip()));
      }
      line.stream().filter(v -> !LEADS.containsKey(v.property()))
          .forEach(v -> parts.add(PropertyNames.of(v.property()) + " " + v.asWritten().strip()));
      if (!first.atmosphere().isBlank()) {
        parts.add("in " + first.atmosphere().strip());
      }
      out.append("\n- ").append(first.step().isBlank() ? "step" : first.step().strip());
      if (parts.length() > 0) {
        out.append(' ').append(parts);
      }
      if (!first.notes().isBlank()) {
        out.append(" (").append(first.notes().strip()).append(')');
      }
    }
    return out.toString();
  }

  private static int lineNumber(String location) {
    String digits = location == null ? "" : location.replaceAll("\\D", "");
    return digits.isEmpty() || digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }
}
