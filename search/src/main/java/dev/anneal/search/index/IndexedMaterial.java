package dev.anneal.search.index;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One material (a composition, possibly with several structures) as the index takes it (the
 * contract with the Spark stage). Lists may be passed as null and are then empty.
 *
 * @param materialId        the material's id, unique among materials
 * @param reducedFormula    its formula; the writer re-reduces it when it is a plain formula, so
 *                          {@code FePO4Li} and {@code LiFePO4} index alike
 * @param elements          its element symbols; derived from the formula when empty
 * @param chemsys           its chemical system ({@code Fe-Li-O-P}); the writer recomputes it from
 *                          the elements so {@code only:} always agrees with {@code elements:}
 * @param spacegroupNumbers the space groups of its known structures (1–230)
 * @param structureIds      ids of its structures
 * @param docIds            ids of the documents that mention it
 * @param synthIds          ids of synthesis records that make it
 * @param title             a display title (e.g. {@code TiO2 (anatase)}), or null for the formula
 * @param summary           free text searched and highlighted like a paragraph, or null
 */
public record IndexedMaterial(String materialId, String reducedFormula, List<String> elements,
                              String chemsys, List<Integer> spacegroupNumbers,
                              List<String> structureIds, List<String> docIds,
                              List<String> synthIds, String title, String summary)
    implements Serializable {

  /** Requires id and formula and makes every list an immutable non-null copy. */
  public IndexedMaterial {
    Objects.requireNonNull(materialId, "materialId");
    Objects.requireNonNull(reducedFormula, "reducedFormula");
    elements = copy(elements);
    spacegroupNumbers = copy(spacegroupNumbers);
    structureIds = copy(structureIds);
    docIds = copy(docIds);
    synthIds = copy(synthIds);
  }

  /** Null lists become empty and null entries are dropped: Spark rows carry both. */
  private static <T> List<T> copy(List<T> in) {
    return in == null ? List.of() : in.stream().filter(Objects::nonNull).toList();
  }
}
