package dev.anneal.ingest.lablog;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps lab-log column headers to roles: explicit entries (from YAML configuration) first, then,
 * unless switched off, the automatic table of common headers; anything unmapped is context.
 *
 * <p>The configuration shape read by {@link #fromMap(Map)}:
 * <pre>
 * auto: true                      # also map other headers automatically (default true)
 * columns:
 *   "Tc onset / K": {role: value, property: tc, unit: K}
 *   "P": {role: condition, name: pressure, unit: GPa}
 *   "x": {role: variable, name: x}
 *   "who": operator               # a bare role name
 *   "scratch": ignore
 * sheets:                         # workbook sheets with mappings of their own
 *   "Resistivity":
 *     columns: {"T": {role: condition, name: temperature, unit: K}}
 * </pre>
 * Header keys match the header as written or its folded name ({@link HeaderName#fold}); a
 * {@code unit} given here overrides the header's own. A sheet's {@code columns} are added to
 * (and override) the file-wide ones for that sheet only; its {@code auto} defaults to the
 * file-wide setting.
 */
public final class ColumnMapping {

  private static final Map<String, ColumnSpec> AUTO = new LinkedHashMap<>();

  static {
    for (String k : new String[] {"sample", "sampleid", "sampleno", "samplename", "samplecode", "id"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.SAMPLE_ID));
    }
    for (String k : new String[] {"material", "formula", "composition", "compound", "chemform",
        "chemicalformula", "materialformula", "nominalcomposition"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.MATERIAL));
    }
    AUTO.put("tck", new ColumnSpec(ColumnRole.VALUE, "tc", "K"));
    value("tc", "tc", "tcvalue", "tconset", "criticaltemperature", "transitiontemperature",
        "superconductingtransitiontemperature");
    value("formation_enthalpy", "dhf", "δhf", "deltahf", "dh", "formationenthalpy",
        "enthalpyofformation", "hf", "hform");
    value("formation_energy", "formationenergy", "eform", "ef", "formationenergyperatom");
    // Not "t", "time" or "p": a bare t is as often time as temperature, and p is the hole
    // doping of a cuprate as often as pressure; such columns need an explicit mapping.
    value("temperature", "temperature", "temp", "synthesistemperature", "annealtemperature",
        "substratetemperature");
    value("dwell_time", "dwell", "dwelltime", "holdtime", "hold", "duration");
    value("heating_rate", "ramp", "ramprate", "heatingrate");
    value("band_gap", "bandgap", "eg", "gap");
    AUTO.put("pressure", new ColumnSpec(ColumnRole.CONDITION, "pressure", ""));
    for (String k : new String[] {"method", "memethod", "measurementmethod", "technique"}) {
      AUTO.put(k, new ColumnSpec(ColumnRole.CONDITION, "method", ""));
    }
    for (String v : new String[] {"x", "y", "z", "w", "δ", "delta"}) {
      AUTO.put(v, new ColumnSpec(ColumnRole.VARIABLE, v, ""));
    }
    for (String k : new String[] {"date", "measuredat", "measured", "datetime", "timestamp",
        "measurementdate", "dateofmeasurement"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.MEASURED_AT));
    }
    for (String k : new String[] {"operator", "user", "author", "measuredby", "analyst",
        "experimenter", "operatorname"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.OPERATOR));
    }
    for (String k : new String[] {"notes", "note", "comment", "comments", "remarks", "remark"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.NOTES));
    }
    // Long format (one row per value, as ELN and LIMS exports write it). Only names that say
    // "which property" and "its value": "parameter" and "result" are as often a wide table's
    // own columns (a test parameter, a pass/fail result) and stay context.
    for (String k : new String[] {"property", "propertyname", "quantity", "quantityname",
        "measurand", "measuredproperty", "observable"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.PROPERTY_NAME));
    }
    for (String k : new String[] {"value", "measuredvalue", "numericvalue"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.PROPERTY_VALUE));
    }
    for (String k : new String[] {"unit", "units", "unitofmeasure", "uom", "unittext"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.PROPERTY_UNIT));
    }
    for (String k : new String[] {"uncertainty", "error", "err", "stderr", "stddev", "sd",
        "sigma", "standarddeviation", "standarduncertainty", "±"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.UNCERTAINTY));
    }
    for (String k : new String[] {"condition", "conditions", "measurementcondition"}) {
      AUTO.put(k, new ColumnSpec(ColumnRole.CONDITION, "condition", ""));
    }
    for (String k : new String[] {"filename", "document", "paper", "doi", "reference", "source"}) {
      AUTO.put(k, ColumnSpec.of(ColumnRole.DOCUMENT));
    }
  }

  private static void value(String property, String... keys) {
    for (String k : keys) {
      AUTO.put(k, new ColumnSpec(ColumnRole.VALUE, property, ""));
    }
  }

  private final Map<String, ColumnSpec> explicit;
  private final boolean auto;
  private final Map<String, ColumnMapping> sheets;

  private ColumnMapping(Map<String, ColumnSpec> explicit, boolean auto) {
    this(explicit, auto, Map.of());
  }

  private ColumnMapping(Map<String, ColumnSpec> explicit, boolean auto,
                        Map<String, ColumnMapping> sheets) {
    this.explicit = Map.copyOf(explicit);
    this.auto = auto;
    this.sheets = Map.copyOf(sheets);
  }

  /**
   * The mapping for the workbook sheet named {@code sheet}: its own configured mapping when it
   * has one, otherwise this one.
   */
  public ColumnMapping forSheet(String sheet) {
    return sheets.getOrDefault(sheet, this);
  }

  /** The automatic mapping alone. */
  public static ColumnMapping automatic() {
    return new ColumnMapping(Map.of(), true);
  }

  /** A mapping of explicit entries, keyed by header as written or folded, plus the automatic one if {@code auto}. */
  public static ColumnMapping of(Map<String, ColumnSpec> columns, boolean auto) {
    return new ColumnMapping(columns, auto);
  }

  /**
   * The mapping a YAML configuration describes (shape in the class comment). A malformed entry
   * is a configuration mistake and throws {@link IllegalArgumentException} naming it.
   */
  public static ColumnMapping fromMap(Map<String, Object> config) {
    Objects.requireNonNull(config, "config");
    Object autoValue = config.getOrDefault("auto", Boolean.TRUE);
    boolean auto = autoValue instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(autoValue));
    Map<String, ColumnSpec> columns = new LinkedHashMap<>();
    Object cols = config.getOrDefault("columns", Map.of());
    if (!(cols instanceof Map<?, ?> colMap)) {
      throw new IllegalArgumentException("lablog mapping: 'columns' must be a map, got " + cols);
    }
    for (Map.Entry<?, ?> e : colMap.entrySet()) {
      String header = String.valueOf(e.getKey());
      columns.put(header, spec(header, e.getValue()));
    }
    Object sheetsValue = config.get("sheets");
    Map<String, ColumnMapping> sheets = new LinkedHashMap<>();
    if (sheetsValue != null) {
      if (!(sheetsValue instanceof Map<?, ?> sheetMap)) {
        throw new IllegalArgumentException("lablog mapping: 'sheets' must be a map of sheet name"
            + " to {columns, auto}, got " + sheetsValue);
      }
      for (Map.Entry<?, ?> e : sheetMap.entrySet()) {
        String sheet = String.valueOf(e.getKey());
        if (!(e.getValue() instanceof Map<?, ?> own)) {
          throw new IllegalArgumentException("lablog mapping: sheet '" + sheet
              + "' must be a map with 'columns' (and optionally 'auto'), got " + e.getValue());
        }
        for (Object key : own.keySet()) {
          if (!"columns".equals(key) && !"auto".equals(key)) {
            throw new IllegalArgumentException("lablog mapping: sheet '" + sheet
                + "' has an unknown key '" + key + "' (expected 'columns' or 'auto')");
          }
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("auto", own.containsKey("auto") ? own.get("auto") : auto);
        Map<Object, Object> sheetColumns = new LinkedHashMap<>(colMap);
        Object ownColumns = own.get("columns");
        if (ownColumns != null && !(ownColumns instanceof Map<?, ?>)) {
          throw new IllegalArgumentException("lablog mapping: sheet '" + sheet
              + "': 'columns' must be a map, got " + ownColumns);
        }
        if (ownColumns != null) {
          sheetColumns.putAll((Map<?, ?>) ownColumns);
        }
        merged.put("columns", sheetColumns);
        sheets.put(sheet, fromMap(merged));
      }
    }
    return new ColumnMapping(columns, auto, sheets);
  }

  private static ColumnSpec spec(String header, Object value) {
    if (value instanceof String s) {
      return ColumnSpec.of(role(header, s));
    }
    if (value instanceof Map<?, ?> m) {
      ColumnRole role = role(header, String.valueOf(m.get("role")));
      Object name = m.containsKey("property") ? m.get("property") : m.get("name");
      Object unit = m.get("unit");
      if ((role == ColumnRole.VALUE || role == ColumnRole.CONDITION || role == ColumnRole.VARIABLE)
          && (name == null || String.valueOf(name).isBlank())) {
        throw new IllegalArgumentException("lablog mapping: column '" + header + "' of role "
            + role + " needs a property/name");
      }
      return new ColumnSpec(role, name == null ? "" : String.valueOf(name),
          unit == null ? "" : String.valueOf(unit));
    }
    throw new IllegalArgumentException("lablog mapping: column '" + header
        + "' must be a role name or a map, got " + value);
  }

  private static ColumnRole role(String header, String name) {
    try {
      return ColumnRole.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("lablog mapping: column '" + header
          + "' has unknown role '" + name + "'", e);
    }
  }

  /**
   * How the column with {@code header} is read; the header's unit is used unless the mapping
   * declares one. A header that maps to nothing as a whole is tried in its
   * {@link HeaderName#alternatives() other readings} ({@code Tc/K}, {@code Tc_K}).
   */
  public ColumnSpec resolve(HeaderName header) {
    ColumnSpec spec = lookup(header);
    if (spec == null) {
      for (HeaderName alt : header.alternatives()) {
        spec = lookup(alt);
        if (spec != null) {
          header = alt;
          break;
        }
      }
    }
    if (spec == null) {
      return new ColumnSpec(ColumnRole.CONTEXT, header.asWritten(), header.unit());
    }
    return spec.unit().isEmpty() ? new ColumnSpec(spec.role(), spec.name(), header.unit()) : spec;
  }

  private ColumnSpec lookup(HeaderName header) {
    ColumnSpec spec = explicit.get(header.asWritten());
    if (spec == null && !header.name().equals(header.asWritten())) {
      spec = explicit.get(header.name());
    }
    if (spec == null) {
      for (Map.Entry<String, ColumnSpec> e : explicit.entrySet()) {
        if (HeaderName.fold(e.getKey()).equals(header.key())) {
          spec = e.getValue();
          break;
        }
      }
    }
    if (spec == null && auto) {
      spec = AUTO.get(header.key());
    }
    return spec;
  }
}
