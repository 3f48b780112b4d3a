package dev.anneal.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ChemistryAnalyzerTest {

  private static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer a = new ChemistryAnalyzer(); TokenStream ts = a.tokenStream("chem", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add((pos.getPositionIncrement() == 0 ? "=" : "") + term);
      }
      ts.end();
    }
    return out;
  }

  @Test
  void formulasNumbersAndUnitsStayWhole() throws IOException {
    assertEquals(List.of("Ca3(PO4)2", "calcined", "at", "1.5", "K/min", "to", "900", "°C"),
        tokens("Ca3(PO4)2 calcined at 1.5 K/min to 900 °C."));
    assertEquals(List.of("YBa2Cu3O7-δ", "=Ba2YCu3O7", "ceramics"),
        tokens("(YBa2Cu3O7-δ) ceramics"));
  }

  @Test
  void aFormulaIsAlsoIndexedUnderItsReducedForm() throws IOException {
    assertEquals(List.of("FePO4Li", "=LiFePO4", "and", "LiFePO4"), tokens("FePO4Li, and LiFePO4."));
    // Case is kept: cobalt and carbon monoxide differ; a word like "In" is not a formula.
    assertEquals(List.of("Co", "CO", "In", "TiO2"), tokens("Co CO In TiO2"));
  }
}
