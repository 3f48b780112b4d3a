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
 * @param paperUnit       what one paper becomes: {@code document} (one sample, the whole paper in
 *                        reading order) or {@code paragraph} (one sample per paragraph)
 * @param valueSamples    whether measured values and labels also become samples of their own
 *                        (one line each); they always reach the text inside material dossiers
 */
public record RenderSettings(int structureDigits, List<String> structureForms, int translations,
                             long seed, Map<String, String> templates, List<String> dossierOrders,
                             int dossierMaxParts, String paperUnit, boolean valueSamples)
    implements Serializable {

  /** A paper is one sample. */
  public static final String DOCUMENT_UNIT = "document";
  /** A paper is one sample per paragraph. */
  public static final String PARAGRAPH_UNIT = "paragraph";

  /** Settings with whole papers as samples and no standalone values (the defaults). */
  public RenderSettings(int structureDigits, List<String> structureForms, int translations,
                        long seed, Map<String, String> templates, List<String> dossierOrders,
                        int dossierMaxParts) {
    this(structureDigits, structureForms, translations, seed, templates, dossierOrders,
        dossierMaxParts, DOCUMENT_UNIT, false);
  }

  public RenderSettings {
    if (!DOCUMENT_UNIT.equals(paperUnit) && !PARAGRAPH_UNIT.equals(paperUnit)) {
      throw new IllegalArgumentException("render.paper_unit must be " + DOCUMENT_UNIT + " or "
          + PARAGRAPH_UNIT + ": " + paperUnit);
    }
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

  /**
   * Defaults: 4 digits, crystal text, no translation, both dossier orders, whole papers, no
   * standalone values.
   */
  public static RenderSettings defaults() {
    return new RenderSettings(4, List.of(StructureText.CRYSTAL_TEXT), 0, 1234, Map.of(),
        List.of(DossierText.STRUCTURE_FIRST, DossierText.SYNTHESIS_FIRST), 8);
  }

  /** The template name for {@code kind}. */
  public String template(String kind) {
    return templates.getOrDefault(kind, "default");
  }
}
