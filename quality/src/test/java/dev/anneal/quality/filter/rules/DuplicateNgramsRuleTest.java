package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import org.junit.jupiter.api.Test;

/** Characters inside word 5-grams seen earlier, in texts of 50 words or more. */
class DuplicateNgramsRuleTest {

  private static String words(int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      b.append("w").append(i).append(' ');
    }
    return b.toString();
  }

  @Test
  void dropsATextRepeatingAPassage() {
    String passage = words(0, 30);
    var v = new DuplicateNgramsRule(0.20).check(new MeasuredText(passage + passage, null));
    assertEquals("filter.duplicate_ngrams", v.reason());
    assertEquals("0.500 of characters are in repeated word 5-grams > 0.200", v.message());
  }

  @Test
  void distinctWordsAndShortTextsPass() {
    assertNull(new DuplicateNgramsRule(0.20).check(new MeasuredText(words(0, 80), null)));
    String passage = words(0, 20);
    assertNull(new DuplicateNgramsRule(0.20).check(new MeasuredText(passage + passage, null)));
  }
}
