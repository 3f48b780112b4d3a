package dev.anneal.search.optimade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OPTIMADE's reduced and anonymous formulas from cell amounts. */
class FormulasTest {

  @Test
  void reducedIsAlphabeticalAndDividedByTheGcd() {
    Map<String, Long> cell = Formulas.integral(Map.of("Ti", 2.0, "O", 4.0));
    assertEquals("O2Ti", Formulas.reduced(cell));
    assertEquals("A2B", Formulas.anonymous(cell));
    assertEquals("Ba2Cu3O7Y", Formulas.reduced(Formulas.integral(
        Map.of("Y", 2.0, "Ba", 4.0, "Cu", 6.0, "O", 14.0))));
    assertEquals("GeSi", Formulas.reduced(Formulas.integral(Map.of("Si", 4.0, "Ge", 4.0))));
  }

  @Test
  void partlyOccupiedCellsHaveNoWholeNumberFormula() {
    assertNull(Formulas.integral(Map.of("Fe", 0.9, "O", 1.0)));
    assertNull(Formulas.integral(Map.of("Fe", Double.NaN)));
    assertEquals(Map.of("Fe", 1L), Formulas.integral(Map.of("Fe", 0.9999999999)));
  }

  @Test
  void anonymousSymbolsGoOnAfterZ() {
    Map<String, Long> many = new LinkedHashMap<>();
    for (int i = 0; i < 28; i++) {
      many.put("E" + (char) ('a' + i % 26) + i, (long) (100 - i));
    }
    String a = Formulas.anonymous(many);
    assertTrue(a.startsWith("A100B99C98"), a);
    assertTrue(a.endsWith("Z75Aa74Ba73"), a);
  }
}
