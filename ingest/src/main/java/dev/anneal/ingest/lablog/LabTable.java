package dev.anneal.ingest.lablog;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns a table (a header and rows of cells, from CSV or JSON) into {@link LabRecord}s through a
 * {@link ColumnMapping}: one record per value column and row, personal data pseudonymized.
 *
 * <p>Two shapes are read. Wide: one column per property, its unit in the header, in a row of
 * units right under the header, or in each cell. Long (when a property-name and a value column
 * are both present): one row per value, the property named in a cell that is mapped like a
 * header ({@code Tc}, {@code Tc (K)}), the unit in a unit column (else in the property cell or
 * the value cell); other value columns of a long row are its conditions, an uncertainty column
 * goes to the context.
 */
final class LabTable {

  /** One data row: where it stands and its cells in header order (null: a JSON key absent). */
  record Row(long number, List<String> cells) {
  }

  private final SourceFile file;
  private final String sourceKind;
  private final List<HeaderName> headers = new ArrayList<>();
  private final List<ColumnSpec> specs = new ArrayList<>();
  private final Pseudonymizer pseudonymizer;
  private final Map<String, String> fileContext;
  private final ColumnMapping mapping;

  LabTable(SourceFile file, String sourceKind, List<String> header, ColumnMapping mapping,
           Pseudonymizer pseudonymizer, Map<String, String> fileContext) {
    this.file = file;
    this.sourceKind = sourceKind;
    this.pseudonymizer = pseudonymizer;
    this.fileContext = fileContext;
    this.mapping = mapping;
    for (String h : header) {
      HeaderName name = HeaderName.of(h);
      headers.add(name);
      specs.add(mapping.resolve(name));
    }
  }

  /** Whether any column holds values; a table without one has nothing to measure. */
  boolean hasValueColumn() {
    return specs.stream().anyMatch(s -> s.role() == ColumnRole.VALUE) || isLong();
  }

  /** Whether rows are long format: a column names the property and another holds its value. */
  boolean isLong() {
    return column(ColumnRole.PROPERTY_NAME) >= 0 && column(ColumnRole.PROPERTY_VALUE) >= 0;
  }

  private int column(ColumnRole role) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).role() == role) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code row} is a row of units under the header: every filled cell starts with a unit
   * symbol ({@code K}, {@code [eV/atom]}), at least one of them under a value column, and no
   * sample or material is named.
   */
  private boolean isUnitRow(Row row) {
    boolean underValue = false;
    for (int i = 0; i < row.cells().size(); i++) {
      String c = row.cells().get(i);
      if (c == null || c.isBlank()) {
        continue;
      }
      if (i >= specs.size() || !UnitLexicon.looksLikeUnit(c)) {
        return false;
      }
      ColumnRole role = specs.get(i).role();
      if (role == ColumnRole.SAMPLE_ID || role == ColumnRole.MATERIAL) {
        return false;
      }
      underValue |= role == ColumnRole.VALUE;
    }
    return underValue;
  }

  /** Takes the units of a unit row into the columns that declare none in their header. */
  private void applyUnitRow(Row row) {
    for (int i = 0; i < row.cells().size() && i < specs.size(); i++) {
      String c = row.cells().get(i);
      ColumnSpec spec = specs.get(i);
      if (c != null && !c.isBlank() && spec.unit().isEmpty()) {
        specs.set(i, new ColumnSpec(spec.role(), spec.name(), UnitLexicon.stripBrackets(c)));
      }
    }
  }

  /** The records of {@code rows}, or a rejection per row that does not fit the header. */
  ParseResult<LabRecord> read(List<Row> rows) {
    if (!hasValueColumn()) {
      return ParseResult.rejected(Rejection.atLine(file, "lablog.no_value_column",
          "no column maps to a measured property; headers: " + headerText(), 0, headerText()));
    }
    // Operator names are collected first so that notes written before a name's own row are
    // scrubbed too.
    Set<String> names = new LinkedHashSet<>();
    for (Row row : rows) {
      for (int i = 0; i < specs.size() && i < row.cells().size(); i++) {
        String cell = row.cells().get(i);
        if (specs.get(i).role() == ColumnRole.OPERATOR && cell != null && !cell.isBlank()) {
          names.add(cell.strip());
        }
      }
    }
    UnaryOperator<String> scrub = pseudonymizer.scrubber(names);
    List<LabRecord> records = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    if (!rows.isEmpty() && !isLong() && isUnitRow(rows.get(0))) {
      applyUnitRow(rows.get(0));
      rows = rows.subList(1, rows.size());
    }
    for (Row row : rows) {
      List<String> cells = row.cells();
      if (cells.size() > specs.size()
          && !cells.subList(specs.size(), cells.size()).stream().allMatch(c -> c == null || c.isBlank())) {
        rejections.add(new Rejection(file.uri(), "ingest", "lablog.extra_cells", "the row has "
            + cells.size() + " cells but the header names " + specs.size(), "line " + row.number(),
            scrub.apply(String.join(",", cells.stream().map(c -> c == null ? "" : c).toList()))));
        continue;
      }
      records.addAll(records(row, scrub));
    }
    return new ParseResult<>(records, rejections);
  }

  private List<LabRecord> records(Row row, UnaryOperator<String> scrub) {
    String rowId = ContentId.of("lablog-row",
        row.cells().stream().map(c -> c == null ? "\u0000" : c).toArray(String[]::new));
    String sample = "";
    String material = "";
    String measuredAt = "";
    String operator = "";
    String document = "";
    List<String> notes = new ArrayList<>();
    Map<String, String> conditions = new LinkedHashMap<>();
    Map<String, String> conditionUnits = new LinkedHashMap<>();
    Map<String, String> variables = new LinkedHashMap<>();
    Map<String, String> context = new LinkedHashMap<>(fileContext);
    List<Integer> valueColumns = new ArrayList<>();
    boolean isLong = isLong();
    String longName = "";
    String longValue = null;
    String longUnit = "";
    String unitColumn = "";
    for (int i = 0; i < specs.size(); i++) {
      String raw = i < row.cells().size() && row.cells().get(i) != null
          ? row.cells().get(i).strip() : "";
      ColumnSpec spec = specs.get(i);
      String cell = spec.role() == ColumnRole.OPERATOR ? pseudonymizer.person(raw) : scrub.apply(raw);
      switch (spec.role()) {
        case SAMPLE_ID -> sample = sample.isEmpty() ? cell : sample;
        case MATERIAL -> material = material.isEmpty() ? cell : material;
        case VALUE -> {
          if (!isLong) {
            valueColumns.add(i);
          } else if (!cell.isEmpty()) {
            // In a long row, another measured column says under what the value was measured.
            conditions.put(spec.name(), cell);
            if (!spec.unit().isEmpty()) {
              conditionUnits.put(spec.name(), spec.unit());
            }
          }
        }
        case PROPERTY_NAME -> {
          if (isLong) {
            longName = raw;
          } else if (!cell.isEmpty()) {
            context.put(headers.get(i).asWritten(), cell); // no value column beside it: context
          }
        }
        case PROPERTY_VALUE -> {
          if (isLong) {
            longValue = i < row.cells().size() ? row.cells().get(i) : "";
          } else if (!cell.isEmpty()) {
            context.put(headers.get(i).asWritten(), cell);
          }
        }
        case PROPERTY_UNIT -> {
          if (isLong) {
            longUnit = cell;
          } else {
            unitColumn = cell;
            if (!cell.isEmpty()) {
              context.put(headers.get(i).asWritten(), cell);
            }
          }
        }
        case UNCERTAINTY -> {
          if (!cell.isEmpty()) {
            context.put(isLong ? "uncertainty" : headers.get(i).asWritten(), cell);
          }
        }
        case CONDITION -> {
          if (!cell.isEmpty()) {
            conditions.put(spec.name(), cell);
            if (!spec.unit().isEmpty()) {
              conditionUnits.put(spec.name(), spec.unit());
            }
          }
        }
        case VARIABLE -> {
          if (!cell.isEmpty()) {
            variables.put(spec.name(), cell);
          }
        }
        case MEASURED_AT -> measuredAt = cell;
        case OPERATOR -> operator = cell;
        case NOTES -> {
          if (!cell.isEmpty()) {
            notes.add(cell);
          }
        }
        case DOCUMENT -> document = cell;
        case CONTEXT -> {
          if (!cell.isEmpty()) {
            context.put(headers.get(i).asWritten(), cell);
          }
        }
        case IGNORE -> { }
        default -> throw new IllegalStateException("unhandled role " + spec.role());
      }
    }
    if (!document.isEmpty()) {
      context.put("document", document);
    }
    if (isLong) {
      if (longValue == null) {
        return List.of();
      }
      ColumnSpec named = mapping.resolve(HeaderName.of(longName));
      // A property cell that maps to no measured property keeps its name: normalize then
      // quarantines it as an unknown property instead of it vanishing here.
      String property = named.role() == ColumnRole.VALUE ? named.name() : longName;
      String unit = !longUnit.isEmpty() ? longUnit
          : named.role() == ColumnRole.VALUE ? named.unit() : "";
      return List.of(new LabRecord(file.uri(), row.number(), rowId, sample, material, property,
          scrub.apply(longValue.strip()), unit, conditions, conditionUnits, variables, measuredAt,
          operator, String.join(" | ", notes), sourceKind, document, context));
    }
    // A wide table whose one value column has its unit in a unit column beside it.
    boolean unitBeside = valueColumns.size() == 1 && !unitColumn.isEmpty();
    List<LabRecord> out = new ArrayList<>(valueColumns.size());
    for (int i : valueColumns) {
      String raw = i < row.cells().size() ? row.cells().get(i) : "";
      if (raw == null) {
        continue; // a JSON object without this key: no value was given, not a blank one
      }
      out.add(new LabRecord(file.uri(), row.number(), rowId, sample, material, specs.get(i).name(),
          scrub.apply(raw.strip()),
          unitBeside && specs.get(i).unit().isEmpty() ? unitColumn : specs.get(i).unit(), conditions, conditionUnits, variables,
          measuredAt, operator, String.join(" | ", notes), sourceKind, document, context));
    }
    return out;
  }

  private String headerText() {
    return String.join(", ", headers.stream().map(HeaderName::asWritten).toList());
  }
}
