package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** Fewer words than the minimum, or nothing visible, is too short; it is a length rule. */
class TooShortRuleTest {

  @Test
  void countsWordsAgainstTheMinimum() {
    TooShortRule rule = new TooShortRule(3);
    assertEquals("2 words < 3", rule.check(new MeasuredText("Tc = 92", null)).message());
    assertNull(rule.check(new MeasuredText("Tc is 92 K", null)));
  }

  @Test
  void aBlankTextIsTooShortEvenWithoutAMinimum() {
    var v = new TooShortRule(0).check(new MeasuredText(" \n\t ", null));
    assertEquals("filter.too_short", v.reason());
    assertEquals("no visible character", v.message());
  }

  @Test
  void isSkippedWhereLengthRulesAreOff() {
    assertFalse(new TooShortRule(3).appliesWithoutLengthRules());
  }
}
