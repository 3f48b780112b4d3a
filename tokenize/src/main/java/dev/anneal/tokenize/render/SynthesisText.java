package dev.anneal.tokenize.render;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Renders a synthesis recipe: its original text, then precursors and numbered steps. */
public final class SynthesisText {

  private SynthesisText() {
  }

  /** The text for {@code s} through the synthesis template {@code template}. */
  public static String render(String template, SynthesisView s) {
    Map<String, String> v = new HashMap<>();
    v.put("targets", s.targets().isEmpty() ? "the target material" : String.join(", ", s.targets()));
    v.put("method_part", s.method() == null || s.method().isEmpty() ? ""
        : " (" + s.method().replace('_', ' ') + ")");
    v.put("text", s.text());
    v.put("precursors", String.join("; ", s.precursors()));
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i < s.steps().size(); i++) {
      steps.append('\n').append(i + 1).append(". ").append(s.steps().get(i));
    }
    v.put("steps", steps.toString());
    v.put("provenance", Provenance.of(s.sourceKind(), s.sourceUri(), s.location(), s.paper()));
    return Template.load("synthesis", template).fill(v);
  }

  /**
   * One operation as a line: "heat: 1173 K; 43200 s (12 h); 0.083 K/s; in air" from the contract's
   * interpreted fields, with the original text after a dash when present.
   */
  public static String step(String type, List<Double> temperaturesK, List<Double> durationsS,
                            Double heatingRateKPerS, String atmosphere, String text) {
    StringJoiner parts = new StringJoiner("; ");
    for (Double t : temperaturesK) {
      parts.add(MeasurementText.num(t) + " K");
    }
    for (Double d : durationsS) {
      parts.add(duration(d));
    }
    if (heatingRateKPerS != null) {
      parts.add(MeasurementText.num(heatingRateKPerS * 60) + " K/min");
    }
    if (atmosphere != null && !atmosphere.isBlank()) {
      parts.add("in " + atmosphere);
    }
    String head = (type == null || type.isBlank() ? "step" : type)
        + (parts.length() == 0 ? "" : ": " + parts);
    return text == null || text.isBlank() ? head : head + " — " + text.strip();
  }

  static String duration(double seconds) {
    if (seconds >= 3600 && seconds % 360 == 0) {
      return MeasurementText.num(seconds / 3600) + " h";
    }
    if (seconds >= 60 && seconds % 6 == 0) {
      return MeasurementText.num(seconds / 60) + " min";
    }
    return String.format(Locale.ROOT, "%s s", MeasurementText.num(seconds));
  }
}
