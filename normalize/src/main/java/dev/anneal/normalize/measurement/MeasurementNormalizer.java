package dev.anneal.normalize.measurement;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.fault.Faults;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.normalize.composition.CanonicalForms;
import dev.anneal.normalize.units.Measurement;
import dev.anneal.normalize.units.QuantityResult;
import dev.anneal.normalize.units.UnitParser;
import java.util.ArrayList;
import java.util.HashMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the {@link LabRecord}s of lab logs into {@link MeasurementRow}s, or rejections at stage
 * {@code normalize} with a {@link MeasurementReason}: every record gives exactly one of the two.
 *
 * <p>Records are taken per source file and in file order, because a material may be named by a
 * neighbouring row ({@link MaterialResolver}) and a duplicate is a repeat of an earlier row. The
 * checks, in order: duplicate row, known property, material, value (qualifiers, then unit: a
 * value is converted only when its unit, written in the cell or declared by the column, is
 * known and of the property's kind), plausibility in the canonical unit, conditions.
 */
public final class MeasurementNormalizer {

  /**
   * What the records became.
   *
   * @param measurements the measurements, in input order
   * @param rejections   one rejection per record that did not become a measurement
   */
  public record Result(List<MeasurementRow> measurements, List<Rejection> rejections) {
    public Result {
      measurements = List.copyOf(measurements);
      rejections = List.copyOf(rejections);
    }
  }

  private MeasurementNormalizer() {
  }

  /** Normalizes {@code records}, which may come from several files; each file's records must be in file order. */
  public static Result normalize(List<LabRecord> records) {
    Map<String, List<LabRecord>> byFile = new LinkedHashMap<>();
    for (LabRecord r : records) {
      byFile.computeIfAbsent(r.sourceUri(), k -> new ArrayList<>()).add(r);
    }
    List<MeasurementRow> rows = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (List<LabRecord> file : byFile.values()) {
      normalizeFile(file, rows, rejections);
    }
    return new Result(rows, rejections);
  }

  private static void normalizeFile(List<LabRecord> records, List<MeasurementRow> rows,
                                    List<Rejection> rejections) {
    MaterialResolver materials = new MaterialResolver();
    Map<String, Long> seen = new HashMap<>();
    for (LabRecord r : records) {
      // The material is read for every record, rejected or not, so neighbour state stays in order.
      Object out;
      try {
        MaterialResolver.Reading material = materials.read(r.materialAsWritten(), r.group(),
            r.variables());
        out = one(r, material, seen);
      } catch (Throwable t) {
        // The record boundary: a value no check foresaw quarantines its row, not the run.
        out = Faults.rejection("normalize", r.sourceUri(), r.location(), "interpreting the value",
            t, r.materialAsWritten() + " | " + r.property() + " = " + r.valueAsWritten());
      }
      if (out instanceof MeasurementRow m) {
        rows.add(m);
      } else {
        rejections.add((Rejection) out);
      }
    }
  }

  private static Object one(LabRecord r, MaterialResolver.Reading material, Map<String, Long> seen) {
    if (!r.rowId().isEmpty()) {
      Long first = seen.putIfAbsent(r.rowId() + "\u0000" + r.property(), r.rowNumber());
      if (first != null && first != r.rowNumber()) {
        return reject(r, MeasurementReason.DUPLICATE_ROW, "byte-identical to the row at "
            + first + "; a repeat measurement differs at least in its date or value");
      }
    }
    PropertyTable.Spec spec = PropertyTable.get(r.property());
    if (spec == null) {
      return reject(r, MeasurementReason.UNKNOWN_PROPERTY, "no property '" + r.property() + "' is known");
    }
    if (!material.ok()) {
      return reject(r, material.reason(), material.message());
    }
    ValueText.Reading text = ValueText.read(r.valueAsWritten());
    if (!text.ok()) {
      return reject(r, text.reason(), text.message());
    }
    QuantityResult q = UnitParser.parse(text.text(), spec.kind(), material.parsed().composition(),
        r.unitAsWritten().isEmpty() ? null : r.unitAsWritten());
    if (q instanceof QuantityResult.Rejected bad) {
      return reject(r, UnitReasons.of(bad.reason()), bad.reason().code() + ": " + bad.message()
          + hint(bad, r));
    }
    Measurement m = ((QuantityResult.Converted) q).measurement();
    if (!spec.plausible(m.low()) || !spec.plausible(m.high())) {
      return reject(r, MeasurementReason.IMPLAUSIBLE_VALUE, r.valueAsWritten() + " "
          + r.unitAsWritten() + " is " + ConditionReader.fmt(m.low()) + " " + m.unit()
          + ", outside " + spec.min() + ".." + spec.max() + " " + m.unit() + " for " + spec.key());
    }
    ConditionReader.Reading conditions = ConditionReader.read(r.conditions(), r.conditionUnits());
    if (conditions.failure() != null) {
      return reject(r, MeasurementReason.BAD_CONDITION, conditions.failure());
    }
    Set<String> flags = new TreeSet<>(material.flags());
    flags.addAll(material.parsed().flagCodes());
    flags.addAll(text.flags());
    if (m.isRange()) {
      flags.add("range");
    }
    CanonicalForms forms = CanonicalForms.of(material.parsed());
    String measId = ContentId.of("measurement", r.sourceUri(), Long.toString(r.rowNumber()),
        r.property(), r.materialAsWritten(), r.valueAsWritten());
    return new MeasurementRow(measId, r.sourceUri(), r.location(), r.sampleId(),
        r.materialAsWritten(), forms.reducedFormula(), forms.chemsys(), r.property(),
        m.isRange() ? null : m.low(), m.low(), m.high(), m.unit(), r.valueAsWritten(),
        m.unitAsWritten(), conditions.conditions(), r.measuredAt(), r.operator(), r.notes(),
        r.sourceKind(), List.copyOf(flags), r.context());
  }

  /** A pointer to the likeliest cause when a kelvin column holds a negative number: °C. */
  private static String hint(QuantityResult.Rejected bad, LabRecord r) {
    return bad.reason() == dev.anneal.normalize.units.UnitReason.BELOW_ABSOLUTE_ZERO
        ? " (a value in °C under a kelvin header? not converted: the column says K)" : "";
  }

  private static Rejection reject(LabRecord r, MeasurementReason reason, String message) {
    return new Rejection(r.sourceUri(), "normalize", reason.code(), message, r.location(),
        r.materialAsWritten() + " | " + r.property() + " = " + r.valueAsWritten()
            + (r.unitAsWritten().isEmpty() ? "" : " [" + r.unitAsWritten() + "]"));
  }

  /** Counts rejections per reason code, sorted by code: the summary a run report prints. */
  public static Map<String, Integer> countByReason(List<Rejection> rejections) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (Rejection j : rejections) {
      counts.merge(j.reason(), 1, Integer::sum);
    }
    return counts;
  }

}
