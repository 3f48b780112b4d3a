package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** Garbled words and broken characters count; scientific spellings do not. */
class OcrGarbageRuleTest {

  private final OcrGarbageRule rule = new OcrGarbageRule(0.10);

  @Test
  void garbledWordsAreRecognized() {
    assertTrue(OcrGarbageRule.looksGarbled("qxzvbn"));
    assertTrue(OcrGarbageRule.looksGarbled("tHe"));
    assertTrue(OcrGarbageRule.looksGarbled("(wOrd),"));
    assertFalse(OcrGarbageRule.looksGarbled("pH"));
    assertFalse(OcrGarbageRule.looksGarbled("mRNA"));
    assertFalse(OcrGarbageRule.looksGarbled("rhythm"));
    // "dHvA" flips case three times and counts as garbled; one such word in a sentence passes.
    assertTrue(OcrGarbageRule.looksGarbled("dHvA"));
  }

  @Test
  void dropsGarbledTextAndBrokenCharacters() {
    var v = rule.check(new MeasuredText("Tlie qxzvbn wOrd rnkthl tHe sample wns", null));
    assertEquals("filter.ocr_garbage", v.reason());
    assertEquals("0.571 of words or characters look like OCR garbage > 0.100", v.message());
    assertEquals("filter.ocr_garbage",
        rule.check(new MeasuredText("The sample \uFFFD\uFFFD\uFFFD was annealed", null)).reason());
  }

  @Test
  void keepsScientificProse() {
    assertNull(rule.check(new MeasuredText("We measured the pH of the mRNA buffer and the dHvA "
        + "oscillations in the rhythm of the field.", null)));
  }
}
