package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** More characters than the maximum is too long, at the boundary not. */
class TooLongRuleTest {

  @Test
  void comparesCharactersWithTheMaximum() {
    TooLongRule rule = new TooLongRule(10);
    assertNull(rule.check(new MeasuredText("0123456789", null)));
    var v = rule.check(new MeasuredText("0123456789a", null));
    assertEquals("filter.too_long", v.reason());
    assertEquals("11 characters > 10", v.message());
    assertTrue(rule.appliesWithoutLengthRules());
  }
}
