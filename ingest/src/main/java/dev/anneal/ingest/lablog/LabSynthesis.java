package dev.anneal.ingest.lablog;

import java.util.List;
import java.util.Objects;

/**
 * A synthesis as a lab notebook describes it: free text plus the constituents it lists, for the
 * future {@code raw/synthesis} table.
 *
 * @param sourceUri     the archive (and member) it was read from
 * @param sampleId      the sample it made
 * @param targetAsWritten the product's formula as written, or ""
 * @param text          the description as plain text (markup removed, entities decoded)
 * @param constituents  the starting materials, in source order
 */
public record LabSynthesis(String sourceUri, String sampleId, String targetAsWritten, String text,
                           List<Constituent> constituents) implements LabEntry {

  /**
   * One starting material of a synthesis.
   *
   * @param name             its name as written, e.g. {@code Sodium Carbonate}
   * @param formulaAsWritten its formula as written, e.g. {@code Na2CO3}, or ""
   * @param quantity         the amount as written, e.g. {@code 346.6}, or ""
   * @param unit             the amount's unit as written, e.g. {@code mg}, or ""
   * @param itemId           the notebook's id for it, or ""
   */
  public record Constituent(String name, String formulaAsWritten, String quantity, String unit,
                            String itemId) {
    public Constituent {
      name = name == null ? "" : name;
      formulaAsWritten = formulaAsWritten == null ? "" : formulaAsWritten;
      quantity = quantity == null ? "" : quantity;
      unit = unit == null ? "" : unit;
      itemId = itemId == null ? "" : itemId;
    }
  }

  public LabSynthesis {
    Objects.requireNonNull(sourceUri, "sourceUri");
    sampleId = sampleId == null ? "" : sampleId;
    targetAsWritten = targetAsWritten == null ? "" : targetAsWritten;
    text = text == null ? "" : text;
    constituents = constituents == null ? List.of() : List.copyOf(constituents);
  }
}
