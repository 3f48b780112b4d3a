package dev.anneal.normalize.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Mentions that are not materials, and phase words that describe only their own formula. */
class MotifFilterTest {

  private static Map<String, String> mentions(String text) {
    Map<String, String> out = new TreeMap<>();
    for (Mention m : MentionFinder.find(text)) {
      out.put(m.formula().reducedFormula(), m.hints().numbers().toString());
    }
    return out;
  }

  @Test
  void polyhedraPolyanionsIonsSystemsAndFragmentsAreNotMaterials() {
    Map<String, String> m = mentions("Fe2+ occupies the M2 sites in corner-sharing FeO6 octahedra "
        + "linked by PO4 tetrahedra. Both phases are built from TiO6 octahedra. Since the "
        + "discovery of superconductivity in the Y-Ba-Cu-O system and the Ba–Y phase diagram, "
        + "YBa₂Cu₃O₇₋δ and TiO₂ have been studied; NH4+ ions were removed.");
    assertEquals(List.of("Ba2YCu3O7", "TiO2"), List.copyOf(m.keySet()), m.toString());
    assertTrue(MotifFilter.isMotifFormula("PO4"));
    assertTrue(MotifFilter.isMotifFormula("NbO6"));
    assertFalse(MotifFilter.isMotifFormula("RuO4"), "a real molecule");
    assertFalse(MotifFilter.isMotifFormula("TiO2"));
  }

  @Test
  void aSpaceGroupDescribesOnlyTheFormulaItIsWrittenWith() {
    Map<String, String> m = mentions("Single-phase orthorhombic YBa2Cu3O7 (space group Pmmm) "
        + "was made from Y2O3, BaCO3 and CuO. All reflections index on the orthorhombic olivine "
        + "cell (Pnma); no Fe2P, Li3PO4 or Fe3+ phases were detected.");
    assertEquals("[47]", m.get("Ba2YCu3O7"));
    for (String f : List.of("Y2O3", "BaCO3", "CuO", "Fe2P", "Li3PO4")) {
      assertEquals("[]", m.get(f), f + " took a phase it is not written with: " + m);
    }
  }

  @Test
  void aLoneFormulaTakesTheStructureItsSentenceNames() {
    assertEquals("[62]", mentions("LiFePO4 crystallizes in the olivine structure.")
        .get("LiFePO4"));
  }
}
