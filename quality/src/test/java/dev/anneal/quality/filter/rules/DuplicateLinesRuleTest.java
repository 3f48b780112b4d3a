package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** Repeated lines count from three non-blank lines on. */
class DuplicateLinesRuleTest {

  private final DuplicateLinesRule rule = new DuplicateLinesRule(0.30);

  @Test
  void dropsRepeatedLines() {
    var v = rule.check(new MeasuredText("buy now\nbuy now\n\nbuy now\nbest offer", null));
    assertEquals("filter.duplicate_lines", v.reason());
    assertEquals("0.500 of lines repeat an earlier line > 0.300", v.message());
  }

  @Test
  void twoLinesAreTooFewToJudge() {
    assertNull(rule.check(new MeasuredText("buy now\nbuy now", null)));
    assertNull(rule.check(new MeasuredText("a\nb\nc\na", null)));
  }
}
