package dev.anneal.tokenize.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Reads table rows into the renderers' views, by column name, tolerating columns a table does
 * not have yet (e.g. {@code raw/synthesis} before normalize interprets it).
 */
public final class RowViews {

  private RowViews() {
  }

  /** A {@code raw/calculations} row. */
  public static CalculationView calculation(Row r) {
    List<Row> steps = list(r, "ionic_steps");
    Double maxForce = null;
    for (Object f : RowViews.<Object>list(r, "final_forces")) {
      double n = 0;
      scala.collection.Iterator<?> xs = ((scala.collection.Seq<?>) f).iterator();
      while (xs.hasNext()) {
        Object x = xs.next();
        n += x == null ? 0 : ((Double) x) * ((Double) x);
      }
      maxForce = maxForce == null ? Math.sqrt(n) : Math.max(maxForce, Math.sqrt(n));
    }
    Map<String, Double> thermo = new TreeMap<>();
    for (Map.Entry<String, Row> e : RowViews.<Row>map(r, "series_stats").entrySet()) {
      Row stats = e.getValue();
      int last = stats.schema().fieldIndex("last");
      if (!stats.isNullAt(last)) {
        thermo.put(e.getKey(), stats.getDouble(last));
      }
    }
    Integer natoms = get(r, "natoms");
    Boolean converged = get(r, "converged");
    return new CalculationView(get(r, "calc_id"), str(r, "code"), str(r, "code_version"),
        get(r, "reduced_formula"), natoms == null ? 0 : natoms, get(r, "energy_ev"),
        get(r, "energy_per_atom_ev"), converged != null && converged,
        RowViews.<String>map(r, "parameters"), steps.size(), maxForce, thermo);
  }

  /** A {@code raw/measurements} row. */
  public static MeasurementView measurement(Row r) {
    Double low = get(r, "value_low");
    Double high = get(r, "value_high");
    return new MeasurementView(get(r, "meas_id"), str(r, "material"), str(r, "reduced_formula"),
        str(r, "property"), get(r, "value"), low == null ? Double.NaN : low,
        high == null ? Double.NaN : high, str(r, "unit"), RowViews.<String>map(r, "conditions"),
        str(r, "sample_id"), str(r, "source_uri"), str(r, "location"), str(r, "source_kind"),
        list(r, "flags"));
  }

  /** A {@code curated/labels} row; {@code formula} from the material (may be null). */
  public static LabelView label(Row r, String formula) {
    Integer nObs = get(r, "n_obs");
    Integer nUsed = get(r, "n_used");
    Double value = get(r, "value");
    Double uncertainty = get(r, "uncertainty");
    return new LabelView(get(r, "label_id"), get(r, "material_id"), formula, str(r, "property"),
        str(r, "condition"), value == null ? Double.NaN : value,
        uncertainty == null ? Double.NaN : uncertainty, str(r, "unit"),
        nObs == null ? 0 : nObs, nUsed == null ? 0 : nUsed, str(r, "method"), list(r, "flags"),
        list(r, "used_ids"), list(r, "rejected_ids"), nonNull(list(r, "decisions")),
        nonNull(list(r, "sources")));
  }

  /** A {@code raw/synthesis} row, as ingest writes it or as normalize interprets it. */
  public static SynthesisView synthesis(Row r) {
    List<String> targets = new ArrayList<>();
    for (Object t : RowViews.<Object>list(r, "targets")) {
      if (t instanceof Row tr) {
        String reduced = get(tr, "reduced_formula");
        targets.add(reduced != null && !reduced.isEmpty() ? reduced : str(tr, "as_written"));
      } else if (t != null) {
        targets.add(t.toString());
      }
    }
    List<String> precursors = new ArrayList<>();
    for (Row p : RowViews.<Row>list(r, "precursors")) {
      StringBuilder s = new StringBuilder(str(p, "name"));
      String formula = get(p, "reduced_formula");
      if (formula == null || formula.isEmpty()) {
        formula = str(p, "formula_as_written");
      }
      if (!formula.isEmpty() && !formula.equals(s.toString())) {
        s.append(s.length() > 0 ? " (" + formula + ")" : formula);
      }
      String quantity = str(p, "quantity");
      if (!quantity.isEmpty()) {
        s.append(' ').append(quantity);
        String unit = str(p, "unit");
        if (!unit.isEmpty()) {
          s.append(' ').append(unit);
        }
      }
      precursors.add(s.toString().strip());
    }
    List<String> steps = new ArrayList<>();
    for (Row o : RowViews.<Row>list(r, "operations")) {
      Object conditions = get(o, "conditions");
      String text = str(o, "text");
      if (conditions instanceof scala.collection.Map<?, ?> && get(o, "temperatures_k") == null) {
        // ingest's raw/synthesis_records operations: conditions as written
        Map<String, String> c = new TreeMap<>(RowViews.<String>map(o, "conditions"));
        StringBuilder line = new StringBuilder(str(o, "type").isEmpty() ? "step" : str(o, "type"));
        if (!c.isEmpty()) {
          line.append(": ").append(String.join("; ", c.values()));
        }
        steps.add(text.isBlank() ? line.toString() : line + " — " + text.strip());
        continue;
      }
      steps.add(SynthesisText.step(str(o, "type"), list(o, "temperatures_k"),
          list(o, "durations_s"), get(o, "heating_rate_k_per_s"), str(o, "atmosphere"), text));
    }
    // A paragraph id says nothing to a reader: a literature synthesis names its paper instead
    // (paper_title and paper_year, joined from raw/documents by the caller when it can).
    String location = get(r, "location");
    Integer year = get(r, "paper_year");
    return new SynthesisView(get(r, "synth_id"), str(r, "source_kind"), str(r, "method"),
        str(r, "text"), targets, precursors, steps, str(r, "source_uri"),
        location == null ? "" : location, Provenance.paper(get(r, "paper_title"), year));
  }

  private static List<String> nonNull(List<String> xs) {
    return xs.stream().filter(x -> x != null && !x.isBlank()).toList();
  }

  /** The value of column {@code name}, or null when absent or null. */
  @SuppressWarnings("unchecked")
  static <T> T get(Row r, String name) {
    StructType schema = r.schema();
    if (schema == null || !java.util.Arrays.asList(schema.fieldNames()).contains(name)) {
      return null;
    }
    int i = schema.fieldIndex(name);
    return r.isNullAt(i) ? null : (T) r.get(i);
  }

  static String str(Row r, String name) {
    Object v = get(r, name);
    return v == null ? "" : v.toString();
  }

  static <T> List<T> list(Row r, String name) {
    Object v = get(r, name);
    if (v == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    scala.collection.Iterator<?> it = ((scala.collection.Seq<?>) v).iterator();
    while (it.hasNext()) {
      @SuppressWarnings("unchecked")
      T t = (T) it.next();
      out.add(t);
    }
    return out;
  }

  static <V> Map<String, V> map(Row r, String name) {
    Object v = get(r, name);
    Map<String, V> out = new TreeMap<>();
    if (v == null) {
      return out;
    }
    scala.collection.Iterator<?> it = ((scala.collection.Map<?, ?>) v).iterator();
    while (it.hasNext()) {
      scala.Tuple2<?, ?> e = (scala.Tuple2<?, ?>) it.next();
      @SuppressWarnings("unchecked")
      V value = (V) e._2();
      out.put(String.valueOf(e._1()), value);
    }
    return out;
  }
}
