package dev.anneal.tokenize.render;

import dev.anneal.normalize.number.ValueFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a denoised label as a scientist would report it: the value rounded to its uncertainty,
 * then in words how it was formed (how many measurements agreed, from which lab log or paper,
 * what was corrected or left out). Record ids and internal flag names never appear.
 */
public final class LabelText {

  /** Sources named at most; more are counted. */
  static final int MAX_SOURCES = 3;

  private static final Map<String, String[]> DECISIONS = Map.of(
      "celsius_as_kelvin", new String[] {"value recorded in °C under a kelvin heading was",
          "values recorded in °C under a kelvin heading were", "converted"},
      "kelvin_as_celsius", new String[] {"value recorded in K under a Celsius heading was",
          "values recorded in K under a Celsius heading were", "converted"},
      "kj_per_mol_as_ev_per_atom", new String[] {"value given in kJ/mol was",
          "values given in kJ/mol were", "converted to eV/atom"},
      "per_formula_unit_as_per_atom", new String[] {"value given per formula unit was",
          "values given per formula unit were", "converted to per atom"},
      "sign_flip", new String[] {"value with the wrong sign was", "values with the wrong sign were",
          "corrected"},
      "duplicate", new String[] {"duplicate entry was", "duplicate entries were", "counted once"},
      "implausible", new String[] {"physically impossible value was",
          "physically impossible values were", "left out"},
      "outlier", new String[] {"outlier was", "outliers were", "left out"});

  private LabelText() {
  }

  /** The text for {@code l} through the label template {@code template}. */
  public static String render(String template, LabelView l) {
    Map<String, String> v = new HashMap<>();
    v.put("property_name", PropertyNames.of(l.property()));
    v.put("formula", l.formula() == null ? "the material" : l.formula());
    v.put("condition_part", condition(l.condition()));
    v.put("value_text", ValueFormat.of(Double.isNaN(l.value()) ? null : l.value(),
        Double.isNaN(l.uncertainty()) ? null : l.uncertainty(), l.unit()));
    v.put("evidence", evidence(l));
    return Template.load("label", template).fill(v);
  }

  /** " at ambient pressure", " at 15 GPa", or "" for no condition. */
  static String condition(String bucket) {
    if (bucket == null || bucket.isBlank()) {
      return "";
    }
    if (bucket.equals("pressure=ambient")) {
      return " at ambient pressure";
    }
    if (bucket.startsWith("pressure=")) {
      return " at " + bucket.substring("pressure=".length());
    }
    return " (" + bucket.replace('=', ' ').replace('_', ' ') + ")";
  }

  /**
   * How the value was formed, in words: "Median of 4 agreeing measurements out of 5, from lab log
   * tc_measurements.csv; 1 value recorded in °C under a kelvin heading was converted."
   */
  static String evidence(LabelView l) {
    StringBuilder s = new StringBuilder();
    int used = l.nUsed();
    int seen = l.nObs();
    String of = seen > used ? " out of " + seen : "";
    switch (l.method() == null ? "" : l.method()) {
      case "single" -> s.append("From a single measurement").append(of);
      case "median_mad" -> s.append("Median of ").append(used).append(" agreeing measurements")
          .append(of);
      case "crh" -> s.append("Weighted mean of ").append(used)
          .append(" measurements").append(of).append(", each source weighted by how well it agrees"
              + " with the others");
      case "none" -> s.append("No usable value among ").append(seen).append(" measurements");
      default -> s.append("From ").append(used).append(used == 1 ? " measurement" : " measurements")
          .append(of);
    }
    if (!l.sources().isEmpty()) {
      List<String> shown = l.sources().subList(0, Math.min(MAX_SOURCES, l.sources().size()));
      s.append(", from ").append(String.join("; ", shown));
      int more = l.sources().size() - shown.size();
      if (more > 0) {
        s.append(" and ").append(more).append(more == 1 ? " more source" : " more sources");
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (String d : l.decisions()) {
      if (DECISIONS.containsKey(d)) {
        counts.merge(d, 1, Integer::sum);
      }
    }
    List<String> notes = new ArrayList<>();
    counts.forEach((d, n) -> {
      String[] w = DECISIONS.get(d);
      notes.add(n + " " + (n == 1 ? w[0] : w[1]) + " " + w[2]);
    });
    if (l.flags().contains("disagreement")) {
      notes.add("the values used still disagree more than repeat measurements usually do");
    }
    if (l.flags().contains("dft_agrees")) {
      notes.add("a DFT calculation agrees");
    } else if (l.flags().contains("dft_disagrees")) {
      notes.add("a DFT calculation gives a different value");
    }
    if (!notes.isEmpty()) {
      s.append("; ").append(String.join("; ", notes));
    }
    return s.append('.').toString();
  }
}
