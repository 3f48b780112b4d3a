package dev.anneal.ingest.lablog;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One measured value of one property as a lab log wrote it: nothing is converted or interpreted,
 * except that operator names and e-mail addresses are already pseudonymized.
 *
 * @param sourceUri         the file (or archive member) it was read from
 * @param rowNumber         the 1-based line (CSV), line (JSON Lines), entry index (JSON) where it stands
 * @param rowId             a content id of the row's raw cells: two records with the same rowId
 *                          and property come from byte-identical rows (an exact duplicate)
 * @param sampleId          the sample's identifier, or ""
 * @param materialAsWritten the material cell as written (trimmed), or ""
 * @param property          the property key from the column mapping, e.g. {@code tc}
 * @param valueAsWritten    the value cell as written (trimmed), or "" when blank
 * @param unitAsWritten     the unit the column declares (header or mapping), or "" when none
 * @param conditions        condition name → cell as written, e.g. {@code pressure → "2 GPa"}
 * @param conditionUnits    condition name → unit its column declares, for those that declare one
 * @param variables         variable name → cell as written, from variable columns ({@code x → 0.1})
 * @param measuredAt        when, as written, or ""
 * @param operator          the operator's pseudonym ({@code person:…}), or ""
 * @param notes             free text with names and e-mail addresses pseudonymized, or ""
 * @param sourceKind        {@code csv}, {@code tsv}, {@code xlsx}, {@code json}, {@code jsonl} or {@code eln}
 * @param group             the neighbour group: rows of one group may name a compound once and
 *                          then give only variable values; the document column, or "" for the file
 * @param context           every other column, header as written → cell as written
 */
public record LabRecord(String sourceUri, long rowNumber, String rowId, String sampleId,
                        String materialAsWritten, String property, String valueAsWritten,
                        String unitAsWritten, Map<String, String> conditions,
                        Map<String, String> conditionUnits, Map<String, String> variables,
                        String measuredAt, String operator, String notes, String sourceKind,
                        String group, Map<String, String> context) implements LabEntry {

  public LabRecord {
    Objects.requireNonNull(sourceUri, "sourceUri");
    Objects.requireNonNull(property, "property");
    rowId = nz(rowId);
    sampleId = nz(sampleId);
    materialAsWritten = nz(materialAsWritten);
    valueAsWritten = nz(valueAsWritten);
    unitAsWritten = nz(unitAsWritten);
    measuredAt = nz(measuredAt);
    operator = nz(operator);
    notes = nz(notes);
    sourceKind = nz(sourceKind);
    group = nz(group);
    // Sorted copies: records compare and hash by content whatever order the columns came in.
    conditions = sorted(conditions);
    conditionUnits = sorted(conditionUnits);
    variables = sorted(variables);
    context = sorted(context);
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }

  private static Map<String, String> sorted(Map<String, String> m) {
    return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(m));
  }

  /** Where the record stands, for a rejection: {@code line 12} or {@code entry 3}. */
  public String location() {
    return ("json".equals(sourceKind) || "eln".equals(sourceKind) ? "entry " : "line ") + rowNumber;
  }
}
