package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** Tokens are counted as written: table rules and bars are not tokens, numbers are. */
class FewAlphaWordsRuleTest {

  private final FewAlphaWordsRule rule = new FewAlphaWordsRule(0.25);

  @Test
  void dropsTextsOfNumbersWithAFewWords() {
    var v = rule.check(new MeasuredText("x 0.05 0.10 0.15 0.20 0.25", null));
    assertEquals("filter.few_alpha_words", v.reason());
    assertEquals("0.167 of words have a letter < 0.250", v.message());
  }

  @Test
  void barsAndRulesAreNotTokens() {
    assertNull(rule.check(new MeasuredText("| x | --- | 0.05 | --- | y |", null)));
    assertNull(rule.check(new MeasuredText("| --- |", null)));
  }
}
