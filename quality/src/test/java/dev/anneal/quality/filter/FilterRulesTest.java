package dev.anneal.quality.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.quality.filter.rules.TooLongRule;
import dev.anneal.quality.filter.rules.TooShortRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules are built by name from their parameters, in the order given; mistakes are named. */
class FilterRulesTest {

  @Test
  void buildsTheNamedRulesInOrder() {
    List<FilterRule> rules = FilterRules.of(List.of("too_long", "too_short"), Map.of(
        "too_short", Map.of("min_words", 5), "too_long", Map.of("max_chars", 100),
        "ocr_garbage", Map.of("max", 0.5)));
    assertEquals(List.of(new TooLongRule(100), new TooShortRule(5)), rules);
  }

  @Test
  void theDefaultsNameEveryRuleOnce() {
    assertEquals(FilterRules.names(), FilterRules.defaults().stream().map(FilterRule::name).toList());
  }

  @Test
  void mistakesNameTheRuleAndTheParameter() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FilterRules.of(
        List.of("too_shrt"), Map.of())).getMessage().contains("unknown filter rule 'too_shrt'; known rules: language, too_short"));
    assertEquals("filter rule too_short needs parameter min_words", assertThrows(
        IllegalArgumentException.class, () -> FilterRules.of(List.of("too_short"), Map.of()))
        .getMessage());
    assertEquals("filter rule too_short: parameter min_words must be a whole number, got '2.5'",
        assertThrows(IllegalArgumentException.class, () -> FilterRules.of(List.of("too_short"),
            Map.of("too_short", Map.of("min_words", 2.5)))).getMessage());
    assertEquals("filter rule digit_ratio has no parameter maximum; its parameters: max",
        assertThrows(IllegalArgumentException.class, () -> FilterRules.of(List.of("digit_ratio"),
            Map.of("digit_ratio", Map.of("max", 0.5, "maximum", 0.4)))).getMessage());
    assertEquals("filter rule top_ngram: parameter max must be a list of numbers, got '0.2'",
        assertThrows(IllegalArgumentException.class, () -> FilterRules.of(List.of("top_ngram"),
            Map.of("top_ngram", Map.of("max", 0.2)))).getMessage());
    assertEquals("filter rule too_long is listed twice", assertThrows(
        IllegalArgumentException.class, () -> FilterRules.of(List.of("too_long", "too_long"),
            Map.of("too_long", Map.of("max_chars", 9)))).getMessage());
  }

  @Test
  void theRunnerReturnsTheFirstFailingRuleAndSkipsLengthRulesWhenAsked() {
    TextFilter filter = new TextFilter(List.of(new TooLongRule(5), new TooShortRule(3)));
    assertEquals("filter.too_long", filter.check("ab cd efgh", null, true).reason());
    assertEquals("filter.too_short", filter.check("ab", null, true).reason());
    assertNull(filter.check("ab", null, false));
    assertNull(new TextFilter(List.of()).check("", null, true));
  }
}
