package dev.anneal.normalize.synthesis;

import java.util.List;
import java.util.Objects;

/**
 * One interpreted synthesis: the row of {@code raw/synthesis}. Temperatures are in K, durations
 * in s, heating rates in K/s; what could not be read is named in {@code flags}, never guessed.
 *
 * @param synthId    content id
 * @param sourceUri  the file it came from (a paper, a recipe set, a notebook)
 * @param sourceKind {@code eln}, {@code recipes} or {@code literature}
 * @param docId      the document (recipe sets: the DOI), or null
 * @param paraId     the paragraph, for literature; else null
 * @param sampleId   the notebook sample, or ""
 * @param text       the description
 * @param score      synthesis-paragraph score in [0, 1]; 1.0 for structured sources
 * @param method     {@code solid_state}, {@code sol_gel}, {@code hydrothermal}, … or ""
 * @param targets    the products
 * @param precursors the starting materials
 * @param operations the steps, in text order
 * @param flags      what was not interpreted, as stable codes (see {@code docs/schemas.md})
 */
public record SynthesisRow(String synthId, String sourceUri, String sourceKind, String docId,
                           String paraId, String sampleId, String text, double score,
                           String method, List<Target> targets, List<Precursor> precursors,
                           List<Operation> operations, List<String> flags) {

  /**
   * A product.
   *
   * @param asWritten      as the source writes it
   * @param reducedFormula its reduced formula, or null when it could not be read
   * @param chemsys        its chemical system, or null
   * @param flags          the formula parser's flags, or the rejection's reason code
   */
  public record Target(String asWritten, String reducedFormula, String chemsys,
                       List<String> flags) {
    public Target {
      Objects.requireNonNull(asWritten, "asWritten");
      flags = List.copyOf(flags);
    }
  }

  /**
   * A starting material.
   *
   * @param name             its name as written
   * @param formulaAsWritten its formula as written, or ""
   * @param reducedFormula   the reduced formula, or null when there is none or it was not read
   * @param quantity         the amount as written, or ""
   * @param unit             the amount's unit as written, or ""
   */
  public record Precursor(String name, String formulaAsWritten, String reducedFormula,
                          String quantity, String unit) {
  }

  /**
   * One step.
   *
   * @param type             {@link OperationType#code()}
   * @param text             the words that name it
   * @param temperaturesK    its temperatures in K (both ends of a range)
   * @param durationsS       its durations in s
   * @param heatingRateKPerS its heating or cooling rate in K/s, or null
   * @param atmosphere       its gas or vacuum ({@code air}, {@code O2}, {@code Ar}, …), or ""
   */
  public record Operation(String type, String text, List<Double> temperaturesK,
                          List<Double> durationsS, Double heatingRateKPerS, String atmosphere) {
    public Operation {
      temperaturesK = List.copyOf(temperaturesK);
      durationsS = List.copyOf(durationsS);
      atmosphere = atmosphere == null ? "" : atmosphere;
    }
  }

  public SynthesisRow {
    Objects.requireNonNull(synthId, "synthId");
    Objects.requireNonNull(sourceUri, "sourceUri");
    sampleId = sampleId == null ? "" : sampleId;
    text = text == null ? "" : text;
    method = method == null ? "" : method;
    targets = List.copyOf(targets);
    precursors = List.copyOf(precursors);
    operations = List.copyOf(operations);
    flags = List.copyOf(flags);
  }
}
