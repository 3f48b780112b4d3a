package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The most frequent word n-gram of a long text, per n, against that n's limit. */
class TopNgramRuleTest {

  private final TopNgramRule rule = new TopNgramRule(List.of(0.20, 0.18, 0.16));

  private static String repeat(String s, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(s).append(i).append(' ');
    }
    return b.toString();
  }

  @Test
  void dropsALongTextDominatedByOneBigram() {
    var v = rule.check(new MeasuredText(repeat("the cat sat on the mat and then word", 10), null));
    assertEquals("filter.top_ngram", v.reason());
    assertEquals(true, v.message().startsWith("the most frequent word 2-gram covers "));
  }

  @Test
  void theLimitOfLongerGramsApplies() {
    // With no limit on 2-grams, the 3-gram limit is the one that fires.
    var v = new TopNgramRule(List.of(1.0, 0.18)).check(new MeasuredText(
        repeat("the cat sat on the mat and then word", 10), null));
    assertEquals(true, v.message().startsWith("the most frequent word 3-gram covers "));
  }

  @Test
  void shortTextsAreNotJudged() {
    // Under 50 words the same repetition passes: a formula or CIF excerpt repeats its keys.
    assertNull(rule.check(new MeasuredText(repeat("the cat sat on the mat", 5), null)));
  }
}
