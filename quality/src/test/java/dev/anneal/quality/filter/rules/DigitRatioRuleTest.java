package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** A text mostly of digits is dropped; a numeric table with labels is not. */
class DigitRatioRuleTest {

  private final DigitRatioRule rule = new DigitRatioRule(0.50);

  @Test
  void dropsDigitRuns() {
    var v = rule.check(new MeasuredText("1234567890 0987654321 1234567 id", null));
    assertEquals("filter.digit_ratio", v.reason());
    assertEquals("0.931 of characters are digits > 0.500", v.message());
  }

  @Test
  void keepsALabelledTable() {
    assertNull(rule.check(new MeasuredText("| x | a (Å) | Tc (K) |\n| 0.05 | 3.905 | 38.2 |", null)));
  }
}
