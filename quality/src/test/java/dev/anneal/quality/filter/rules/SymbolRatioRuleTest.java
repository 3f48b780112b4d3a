package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** Unusual symbols count against a text; math and chemistry signs do not. */
class SymbolRatioRuleTest {

  private final SymbolRatioRule rule = new SymbolRatioRule(0.10);

  @Test
  void dropsTextsOfUnusualSymbols() {
    var v = rule.check(new MeasuredText("©©©© ®®®® ☺☺☺☺ ♠♠♠♠ words here", null));
    assertEquals("filter.symbol_ratio", v.reason());
    assertEquals("0.640 of characters are unusual symbols > 0.100", v.message());
  }

  @Test
  void mathAndChemistryAreOrdinary() {
    assertNull(rule.check(new MeasuredText("ΔH = −1.2 eV/atom; ρ(T) ≈ ρ0 + AT², 3.1×10⁻³ μΩ·cm, "
        + "90° → 180°, Fe₂O₃ ⇌ 2Fe³⁺ ± 0.5 Å", null)));
    assertNull(rule.check(new MeasuredText("   ", null)));
  }
}
