package dev.anneal.normalize.measurement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One measured value, interpreted: the row of {@code raw/measurements}. Values are in the
 * property's canonical unit; a range keeps both ends and has no single {@code value}.
 *
 * @param measId         content id of the source, row, property, material and value as written
 * @param sourceUri      the file (or archive member) it came from
 * @param location       where in it: {@code line 12}, {@code entry 3}
 * @param sampleId       the sample's identifier, or ""
 * @param material       the material cell as written
 * @param reducedFormula the reduced formula of the composition read, e.g. {@code YBa2Cu3O7}
 * @param chemsys        its chemical system, e.g. {@code Ba-Cu-O-Y}
 * @param property       the property key, e.g. {@code tc}
 * @param value          the value in {@code unit}, or null for a range
 * @param valueLow       the value, or the low end of a range
 * @param valueHigh      the value, or the high end of a range
 * @param unit           the canonical unit, e.g. {@code K}
 * @param valueAsWritten the value cell as written
 * @param unitAsWritten  the unit that applied as written (the cell's or the column's)
 * @param conditions     canonical conditions, e.g. {@code pressure → "2 GPa"}, {@code method → "SQUID"}
 * @param measuredAt     when, as written
 * @param operator       the operator's pseudonym, or ""
 * @param notes          pseudonymized notes
 * @param sourceKind     {@code csv}, {@code tsv}, {@code xlsx}, {@code json}, {@code jsonl}, {@code eln}
 * @param flags          what was assumed or dropped: {@code alias}, {@code approximate},
 *                       {@code range}, {@code material_from_neighbour}, {@code spacing_joined},
 *                       {@code uncertainty_dropped}, {@code glyph_repaired}, plus the formula
 *                       parser's flags (e.g. {@code nonstoichiometric}); sorted
 * @param context        the record's other columns, as written
 */
public record MeasurementRow(String measId, String sourceUri, String location, String sampleId,
                             String material, String reducedFormula, String chemsys,
                             String property, Double value, double valueLow, double valueHigh,
                             String unit, String valueAsWritten, String unitAsWritten,
                             Map<String, String> conditions, String measuredAt, String operator,
                             String notes, String sourceKind, List<String> flags,
                             Map<String, String> context) {

  public MeasurementRow {
    Objects.requireNonNull(measId, "measId");
    Objects.requireNonNull(sourceUri, "sourceUri");
    // Sorted maps: Map.copyOf iterates in an order salted per JVM, and Spark writes a map column
    // in iteration order, so executors on a cluster would write the same row differently.
    conditions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(conditions));
    flags = List.copyOf(flags);
    context = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(context));
  }

  /** Whether the source gave a range rather than one value. */
  public boolean isRange() {
    return value == null;
  }
}
