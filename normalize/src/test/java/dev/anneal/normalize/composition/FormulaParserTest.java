package dev.anneal.normalize.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.Rejection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the golden table cannot hold: long inputs, caller mistakes, JSON and rejection records. */
class FormulaParserTest {

  @Test
  void textLongerThanTheLimitIsProse() {
    String longText = "H2O".repeat(FormulaParser.MAX_LENGTH / 3 + 1);
    FormulaResult r = FormulaParser.parse(longText);
    assertEquals(FormulaReason.TOO_LONG, assertInstanceOf(FormulaResult.Rejected.class, r).reason());
    String justFits = "H".repeat(FormulaParser.MAX_LENGTH);
    FormulaResult ok = FormulaParser.parse(justFits);
    assertEquals(FormulaParser.MAX_LENGTH,
        assertInstanceOf(FormulaResult.Parsed.class, ok).composition().amount("H"), 1e-9);
  }

  @Test
  void callerMistakesThrowBadInputDoesNot() {
    assertThrows(NullPointerException.class, () -> FormulaParser.parse(null));
    assertThrows(NullPointerException.class, () -> FormulaParser.parse("H2O", null));
    assertThrows(IllegalArgumentException.class, () -> Variables.parse("x"));
    assertThrows(IllegalArgumentException.class, () -> Variables.parse("x=abc"));
    assertThrows(IllegalArgumentException.class, () -> Variables.parse("RE=Foo"));
    assertThrows(IllegalArgumentException.class, () -> Variables.parse("xy=1"));
    assertThrows(IllegalArgumentException.class, () -> Variables.NONE.with("x", Double.NaN));
    for (String junk : new String[] {"\u0000", "((((", "))))", "-", "+", "^", "·", "..", "1/", "H/",
        "Fe(", "H2O)(", "\uFFFF", "(x)H2O", "H^{", "x=", "Fe(III", "HHHHHHHHHHHHH1234567890123"}) {
      assertInstanceOf(FormulaResult.Rejected.class, FormulaParser.parse(junk), junk);
    }
  }

  @Test
  void variablesBindFromTheCommandLineSpelling() {
    Variables v = Variables.of(Map.of("x", "0.25", "RE", "Nd"));
    FormulaResult.Parsed p = assertInstanceOf(FormulaResult.Parsed.class,
        FormulaParser.parse("RE1-xSrxMnO3", v));
    assertEquals(0.75, p.composition().amount("Nd"), 1e-12);
    assertEquals(0.25, p.composition().amount("Sr"), 1e-12);
    assertTrue(p.has(FormulaFlag.VARIABLES_SUBSTITUTED));
    assertTrue(p.has(FormulaFlag.PLACEHOLDER_SUBSTITUTED));
  }

  @Test
  void canonicalFormsPrintAsJson() {
    FormulaResult.Parsed p = (FormulaResult.Parsed) FormulaParser.parse("Ba1-xSrxTiO3",
        Variables.parse("x=0.5"));
    String json = CanonicalForms.of(p).toJson();
    assertEquals("{\"as_written\":\"Ba1-xSrxTiO3\",\"reduced_formula\":\"Ba0.5Sr0.5TiO3\","
        + "\"hill_formula\":\"Ba0.5O3Sr0.5Ti\",\"chemsys\":\"Ba-O-Sr-Ti\","
        + "\"elements\":[\"Ba\",\"O\",\"Sr\",\"Ti\"],"
        + "\"fractions\":{\"Ba\":0.1,\"O\":0.6,\"Sr\":0.1,\"Ti\":0.2},"
        + "\"flags\":[\"variables_substituted\"]}", json);
    assertEquals(json, p.toJson());
    FormulaResult bad = FormulaParser.parse("Ba1-xSrxTiO3");
    assertEquals("{\"as_written\":\"Ba1-xSrxTiO3\",\"rejected\":\"formula.unresolved_variable\","
        + "\"message\":\"variable 'x' has no value (e.g. --var x=0.1)\"}", bad.toJson());
    StringBuilder quoted = CanonicalForms.quote(new StringBuilder(), "a\"b\\c\n");
    assertEquals("\"a\\\"b\\\\c\\u000a\"", quoted.toString());
  }

  @Test
  void rejectionsBecomeProjectRejections() {
    FormulaResult.Rejected r = (FormulaResult.Rejected) FormulaParser.parse("REBa2Cu3O7");
    Rejection rej = r.toRejection("file:///papers/1.md", "paragraph 4");
    assertEquals("formula.placeholder_element", rej.reason());
    assertEquals("normalize", rej.stage());
    assertEquals("REBa2Cu3O7", rej.sample());
    assertTrue(rej.message().contains("RE"), rej.message());
  }
}
