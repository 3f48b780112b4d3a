package dev.anneal.normalize.material;

import dev.anneal.ingest.ContentId;

/**
 * The id of a material: a content hash of its reduced formula and, when known, its space-group
 * number, so rutile (136) and anatase (141) TiO2 are two materials.
 */
public final class MaterialId {

  private MaterialId() {
  }

  /** The id for {@code reducedFormula} in space group {@code spacegroupNumber} (null: unknown). */
  public static String of(String reducedFormula, Integer spacegroupNumber) {
    return ContentId.of("material", reducedFormula,
        spacegroupNumber == null ? "" : spacegroupNumber.toString());
  }
}
