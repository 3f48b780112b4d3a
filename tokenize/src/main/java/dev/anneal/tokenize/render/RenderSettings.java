package dev.anneal.tokenize.render;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * How records become text.
 *
 * @param structureDigits decimals of lattice lengths and fractional coordinates
 * @param structureForms  structure templates, each giving one sample per structure
 *                        ({@code crystal_text}, {@code cif_like}, …)
 * @param translations    extra randomly translated copies of every structure (augmentation)
 * @param seed            seed of the translations
 * @param templates       template name per kind (paragraph, calculation, measurement, label,
 *                        synthesis, dossier); a kind not listed uses {@code default}
 * @param dossierOrders   the orders every dossier is written in
 * @param dossierMaxParts at most this many calculations, properties and syntheses per dossier
 */
public record RenderSettings(int structureDigits, List<String> structureForms, int translations,
                             long seed, Map<String, String> templates, List<String> dossierOrders,
                             int dossierMaxParts) implements Serializable {

  public RenderSettings {
    structureForms = List.copyOf(structureForms);
    templates = Map.copyOf(templates);
    dossierOrders = List.copyOf(dossierOrders);
    if (structureForms.isEmpty()) {
      throw new IllegalArgumentException("render.structure_forms must name at least one template");
    }
    if (translations < 0) {
      throw new IllegalArgumentException("render.translations must be >= 0: " + translations);
    }
    if (dossierMaxParts < 1) {
      throw new IllegalArgumentException("render.dossier_max_parts must be >= 1: " + dossierMaxParts);
    }
    for (String order : dossierOrders) {
      if (!DossierText.orders().contains(order)) {
        throw new IllegalArgumentException("render.dossier_orders: unknown order '" + order
            + "', expected one of " + DossierText.orders());
      }
    }
    for (String form : structureForms) {
      Template.load("structure", form);
    }
    for (Map.Entry<String, String> e : templates.entrySet()) {
      Template.load(e.getKey(), e.getValue());
    }
  }

  /** Defaults: 4 digits, crystal text, no translation, both dossier orders. */
  public static RenderSettings defaults() {
    return new RenderSettings(4, List.of(StructureText.CRYSTAL_TEXT), 0, 1234, Map.of(),
        List.of(DossierText.STRUCTURE_FIRST, DossierText.SYNTHESIS_FIRST), 8);
  }

  /** The template name for {@code kind}. */
  public String template(String kind) {
    return templates.getOrDefault(kind, "default");
  }
}
