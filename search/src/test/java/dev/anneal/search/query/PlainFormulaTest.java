package dev.anneal.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.chem.Composition;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainFormulaTest {

  @Test
  void parsesSymbolsAmountsAndNestedParentheses() throws PlainFormula.Error {
    assertEquals(Composition.of(Map.of("Ca", 3, "P", 2, "O", 8)), PlainFormula.parse("Ca3(PO4)2"));
    assertEquals(Composition.of(Map.of("Mg", 1, "O", 6, "H", 6)), PlainFormula.parse("Mg((OH)2)3"));
    assertEquals(Composition.of(Map.of("Y", 1, "Ba", 2, "Cu", 3, "O", 6.5)),
        PlainFormula.parse("YBa2Cu3O6.5"));
    // Repeated symbols add up.
    assertEquals(Composition.of(Map.of("C", 2, "H", 6, "O", 1)), PlainFormula.parse("CH3CH2OH"));
  }

  @Test
  void reducedFormulaFollowsThePymatgenConvention() {
    assertEquals("LiFePO4", QueryParser.reducedFormula("FePO4Li").orElseThrow());
    assertEquals("Ba2YCu3O7", QueryParser.reducedFormula("YBa2Cu3O7").orElseThrow());
    assertEquals("TiO2", QueryParser.reducedFormula("Ti2O4").orElseThrow());
    assertEquals("NaCl", QueryParser.reducedFormula("ClNa").orElseThrow());
    assertTrue(QueryParser.reducedFormula("lifepo4").isEmpty());
    assertTrue(QueryParser.reducedFormula("Fe2O3·H2O").isEmpty());
  }

  @Test
  void errorsSayWhereAndWhat() {
    assertError("Xx2", 0, "unknown element 'Xx'");
    assertError("Fe2O3x", 5, "unexpected character 'x'");
    assertError("Ca3(PO4", 3, "'(' is never closed");
    assertError("LiFePO4)", 7, "')' without a matching '('");
    assertError("Fe()2", 2, "empty parentheses");
    assertError("O0", 1, "amount must be positive");
    assertError("Fe2..5O", 2, "malformed amount");
    assertError("", 0, "empty formula");
  }

  private static void assertError(String formula, int offset, String message) {
    PlainFormula.Error e = assertThrows(PlainFormula.Error.class, () -> PlainFormula.parse(formula));
    assertEquals(offset, e.offset, formula);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
