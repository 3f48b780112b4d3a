package dev.anneal.ingest.synthesis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One synthesis as a source writes it: the row of {@code raw/synthesis_records}. Nothing is
 * interpreted: amounts, temperatures and times are strings with their units as written.
 *
 * @param recordId   content hash of the record
 * @param sourceUri  the file (or archive member) it was read from
 * @param location   where in it: {@code line 12}, {@code entry 3}, or ""
 * @param sourceKind {@code recipes} (a structured recipe set) or {@code eln} (a notebook)
 * @param docId      the DOI of the paper a recipe was mined from, or ""
 * @param sampleId   the notebook's sample identifier, or ""
 * @param text       the description as text (a recipe set's paragraph, possibly truncated)
 * @param targets    the products' formulas as written
 * @param precursors the starting materials, in source order
 * @param operations the steps, in source order
 */
public record SynthesisRecord(String recordId, String sourceUri, String location,
                              String sourceKind, String docId, String sampleId, String text,
                              List<String> targets, List<Precursor> precursors,
                              List<Operation> operations) {

  /** Condition key: the temperature(s) of a step, each with its unit ({@code 900 °C; 750 °C}). */
  public static final String TEMPERATURE = "temperature";
  /** Condition key: the duration(s) of a step with unit ({@code 12 h}). */
  public static final String TIME = "time";
  /** Condition key: the heating or cooling rate with unit ({@code 5 °C/min}). */
  public static final String HEATING_RATE = "heating_rate";
  /** Condition key: the gas or atmosphere ({@code air; oxygen}). */
  public static final String ATMOSPHERE = "atmosphere";
  /** What joins several values of one condition. */
  public static final String JOIN = "; ";

  /**
   * One starting material.
   *
   * @param name             its name as written
   * @param formulaAsWritten its formula as written, or ""
   * @param quantity         the amount as written, or ""
   * @param unit             the amount's unit as written, or "" (a reaction coefficient has none)
   */
  public record Precursor(String name, String formulaAsWritten, String quantity, String unit) {
    public Precursor {
      name = name == null ? "" : name;
      formulaAsWritten = formulaAsWritten == null ? "" : formulaAsWritten;
      quantity = quantity == null ? "" : quantity;
      unit = unit == null ? "" : unit;
    }
  }

  /**
   * One step of a synthesis.
   *
   * @param type       the source's kind of step ({@code HeatingOperation}, {@code Mixing}), or ""
   * @param text       the words that name it ({@code calcined})
   * @param conditions {@link #TEMPERATURE}, {@link #TIME}, {@link #HEATING_RATE},
   *                   {@link #ATMOSPHERE} (and source extras such as {@code mixing_media}) →
   *                   values as written, several joined by {@link #JOIN}
   */
  public record Operation(String type, String text, Map<String, String> conditions) {
    public Operation {
      type = type == null ? "" : type;
      text = text == null ? "" : text;
      conditions = conditions == null ? Map.of()
          : java.util.Collections.unmodifiableMap(new TreeMap<>(conditions));
    }
  }

  public SynthesisRecord {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(sourceUri, "sourceUri");
    location = location == null ? "" : location;
    sourceKind = sourceKind == null ? "" : sourceKind;
    docId = docId == null ? "" : docId;
    sampleId = sampleId == null ? "" : sampleId;
    text = text == null ? "" : text;
    targets = targets == null ? List.of() : List.copyOf(targets);
    precursors = precursors == null ? List.of() : List.copyOf(precursors);
    operations = operations == null ? List.of() : List.copyOf(operations);
  }
}
