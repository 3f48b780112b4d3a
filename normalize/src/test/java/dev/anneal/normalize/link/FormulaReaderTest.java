package dev.anneal.normalize.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Formula fields and text as the linker reads them: dopants, variables, phases, mentions. */
class FormulaReaderTest {

  @Test
  void dopedNotationsNameTheHost() {
    for (String s : List.of("Fe-doped TiO2", "TiO2:Fe", "TiO2 doped with Fe")) {
      FormulaRef r = FormulaReader.read(s);
      assertEquals("TiO2", r.reducedFormula(), s);
      assertTrue(r.flags().contains("doped") && r.evidence().contains("dopant:Fe"), s);
    }
  }

  @Test
  void fractionalCompositionsHaveAParent() {
    assertEquals("La2CuO4", FormulaReader.read("La1.85Sr0.15CuO4").parentFormula());
    assertEquals("Ba2YCu3O7", FormulaReader.read("YBa2Cu3O6.93").parentFormula());
    assertNull(FormulaReader.read("Si0.5Ge0.5").parentFormula(), "a solid solution has none");
    assertNull(FormulaReader.read("LiFePO4").parentFormula());
  }

  @Test
  void variableCompositionsAreReadAtZero() {
    FormulaRef r = FormulaReader.read("La2-xSrxCuO4");
    assertEquals("La2CuO4", r.reducedFormula());
    assertTrue(r.flags().contains("variable_composition"));
  }

  @Test
  void phaseWordsAndSymbolsGiveSpaceGroups() {
    assertEquals(Set.of(141), PhaseHints.of("anatase nanoparticles").numbers());
    assertEquals(Set.of(123), PhaseHints.of("tetragonal YBa2Cu3O6 (P4/mmm)").numbers());
    assertEquals(Set.of(139), PhaseHints.of("the I4/mmm structure").numbers());
    assertTrue(PhaseHints.of("sealed in quartz tubes").isEmpty(), "a container is no phase");
    assertTrue(PhaseHints.of("Bi2Sr2CaCu2O8 and Cu2O").isEmpty(), "formulas are no symbols");
  }

  @Test
  void mentionsSkipAcronymsAndSingleElements() {
    List<Mention> m = MentionFinder.find("BCS theory, XRD and DFT describe Nb, In and MgB2.");
    assertEquals(1, m.size());
    assertEquals("MgB2", m.get(0).formula().reducedFormula());
  }

  @Test
  void phaseWordsGoToTheAdjacentFormula() {
    List<Mention> m = MentionFinder.find("Hematite Fe2O3 was reduced to Fe3O4 in H2.");
    assertEquals(Set.of(167), m.get(0).hints().numbers());
    assertTrue(m.get(1).hints().isEmpty());
  }

  @Test
  void ambiguousPolymorphsAreAllLinkedAndFlagged() {
    List<LinkChoice> c = PolymorphChooser.choose("TiO2", null, List.of(136, 141),
        PhaseHints.none(), 1.0, List.of(), List.of());
    assertEquals(2, c.size());
    assertTrue(c.stream().allMatch(x -> x.flags().contains("ambiguous") && x.score() < 0.5));
    List<LinkChoice> anatase = PolymorphChooser.choose("TiO2", null, List.of(136, 141),
        PhaseHints.of("anatase"), 1.0, List.of(), List.of());
    assertEquals(1, anatase.size());
    assertEquals(141, anatase.get(0).spacegroupNumber());
  }
}
