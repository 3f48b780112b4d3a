package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** Paragraphs are split at blank lines; a repeated paragraph counts once per repeat. */
class DuplicateParagraphsRuleTest {

  private final DuplicateParagraphsRule rule = new DuplicateParagraphsRule(0.30);

  @Test
  void dropsRepeatedParagraphs() {
    String p = "The sample was annealed.\nThen cooled.";
    var v = rule.check(new MeasuredText(p + "\n\n" + p + "\n \n" + p + "\n\nOther.", null));
    assertEquals("filter.duplicate_paragraphs", v.reason());
    assertEquals("0.500 of paragraphs repeat an earlier one > 0.300", v.message());
  }

  @Test
  void repeatedLinesInsideDistinctParagraphsPass() {
    assertNull(rule.check(new MeasuredText("a\nx\n\nb\nx\n\nc\nx", null)));
  }
}
