package dev.anneal.tokenize.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders a denoised label: value ± uncertainty, how many measurements, and which ones. */
public final class LabelText {

  private static final int MAX_IDS = 5;

  private LabelText() {
  }

  /** The text for {@code l} through the label template {@code template}. */
  public static String render(String template, LabelView l) {
    Map<String, String> v = new HashMap<>();
    v.put("property_name", PropertyNames.of(l.property()));
    v.put("formula", l.formula() == null ? l.materialId() : l.formula());
    v.put("condition_part", l.condition() == null || l.condition().isEmpty() ? ""
        : " (" + l.condition() + ")");
    v.put("value", MeasurementText.num(l.value()));
    v.put("uncertainty", MeasurementText.num(l.uncertainty()));
    v.put("unit", l.unit() == null ? "" : l.unit());
    v.put("n_used", Integer.toString(l.nUsed()));
    v.put("n_obs", Integer.toString(l.nObs()));
    v.put("method", l.method() == null ? "" : l.method());
    v.put("n_rejected", Integer.toString(l.rejectedIds().size()));
    v.put("flags", String.join(", ", l.flags()));
    v.put("provenance", ids("measurements", l.usedIds()));
    return Template.load("label", template).fill(v);
  }

  static String ids(String what, List<String> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    List<String> shown = ids.subList(0, Math.min(MAX_IDS, ids.size()));
    return what + " " + String.join(", ", shown)
        + (ids.size() > MAX_IDS ? " and " + (ids.size() - MAX_IDS) + " more" : "");
  }
}
