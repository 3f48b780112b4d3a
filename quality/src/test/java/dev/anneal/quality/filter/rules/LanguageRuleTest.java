package dev.anneal.quality.filter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.anneal.quality.filter.MeasuredText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A known language outside the list is dropped; unknown languages and an empty list pass. */
class LanguageRuleTest {

  private final LanguageRule rule = new LanguageRule(List.of("en", "fr"));

  @Test
  void dropsAKnownLanguageNotListed() {
    var v = rule.check(new MeasuredText("Die Probe wurde geglüht.", "de"));
    assertEquals("filter.language", v.reason());
    assertEquals("language de is not one of [en, fr]", v.message());
  }

  @Test
  void keepsListedUnknownAndAnyWhenTheListIsEmpty() {
    assertNull(rule.check(new MeasuredText("Le four", "FR")));
    assertNull(rule.check(new MeasuredText("text", null)));
    assertNull(rule.check(new MeasuredText("text", "")));
    assertNull(new LanguageRule(List.of()).check(new MeasuredText("text", "de")));
  }

  @Test
  void configuredLanguagesAreLowerCased() {
    LanguageRule upper = LanguageRule.of(new RuleParams("language", java.util.Map.of(
        "languages", List.of("EN"))));
    assertNull(upper.check(new MeasuredText("text", "en")));
  }
}
