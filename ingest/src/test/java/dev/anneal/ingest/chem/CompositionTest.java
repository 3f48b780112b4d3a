package dev.anneal.ingest.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositionTest {

  private static Composition of(Object... symbolAmount) {
    Composition.Builder b = Composition.builder();
    for (int i = 0; i < symbolAmount.length; i += 2) {
      b.add((String) symbolAmount[i], ((Number) symbolAmount[i + 1]).doubleValue());
    }
    return b.build();
  }

  @Test
  void reducedFormulaOrdersByElectronegativityAndDividesByGcd() {
    Composition lfp = of("O", 16, "P", 4, "Fe", 4, "Li", 4);
    assertEquals("LiFePO4", lfp.reducedFormula());
    assertEquals(4.0, lfp.formulaUnits());
    assertEquals("NaCl", of("Cl", 4, "Na", 4).reducedFormula());
    assertEquals("TiO2", of("Ti", 2, "O", 4).reducedFormula());
  }

  @Test
  void reducedFormulaFollowsPymatgenForCupratesAndPolyanions() {
    // Ba (0.89) before Y (1.22): pymatgen and Materials Project write Ba2YCu3O7.
    assertEquals("Ba2YCu3O7", of("Y", 1, "Ba", 2, "Cu", 3, "O", 7).reducedFormula());
    // S and O differ by less than 1.65 in electronegativity: the sulfate is a polyanion.
    assertEquals("Fe2(SO4)3", of("Fe", 2, "S", 3, "O", 12).reducedFormula());
  }

  @Test
  void elementalGasesAndPeroxidesUseTheirMolecularFormula() {
    assertEquals("O2", of("O", 8).reducedFormula());
    assertEquals("Li2O2", of("Li", 4, "O", 4).reducedFormula());
    assertEquals(2.0, of("Li", 4, "O", 4).formulaUnits());
  }

  @Test
  void fractionalAmountsAreWrittenUnreducedWithEveryAmount() {
    Composition ybco = of("Y", 1, "Ba", 2, "Cu", 3, "O", 6.5);
    assertEquals("Ba2YCu3O6.5", ybco.reducedFormula());
    assertEquals(1.0, ybco.formulaUnits());
  }

  @Test
  void hillFormulaPutsCarbonAndHydrogenFirstOnlyWithCarbon() {
    assertEquals("C2H6O", of("O", 1, "H", 6, "C", 2).hillFormula());
    assertEquals("ClNa", of("Na", 1, "Cl", 1).hillFormula());
    assertEquals("H2O", of("H", 2, "O", 1).hillFormula());
  }

  @Test
  void chemsysElementsAndFractions() {
    Composition c = of("Sr", 0.1, "Ba", 0.9, "Ti", 1, "O", 3);
    assertEquals("Ba-O-Sr-Ti", c.chemsys());
    assertEquals(java.util.List.of("Ba", "O", "Sr", "Ti"), c.elements());
    Map<String, Double> f = c.fractions();
    assertEquals(0.6, f.get("O"), 1e-12);
    assertEquals(1.0, f.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
  }

  @Test
  void weightUsesStandardAtomicMasses() {
    assertEquals(22.98976928 + 35.453, of("Na", 1, "Cl", 1).weight(), 1e-6);
  }

  @Test
  void amountsAddUpAndZeroAmountsVanish() {
    Composition c = Composition.builder().add("Fe", 1).add("Fe", 1).add("O", 0).build();
    assertEquals(2.0, c.amount("Fe"));
    assertEquals(java.util.List.of("Fe"), c.elements());
  }

  @Test
  void unknownSymbolIsACallerMistake() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Composition.builder().add("Xx", 1));
    assertTrue(e.getMessage().contains("Xx"));
  }

  @Test
  void equalityToleratesRoundingNoise() {
    assertEquals(of("Fe", 1.0, "O", 1.5), of("Fe", 1.0 + 1e-12, "O", 1.5));
  }
}
