package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;

/**
 * {@code too_long}: drops a text of more than {@code max_chars} characters (UTF-16 units).
 *
 * @param maxChars most characters kept
 */
public record TooLongRule(int maxChars) implements FilterRule {

  /** The rule from its parameters ({@code max_chars}). */
  public static TooLongRule of(RuleParams p) {
    return new TooLongRule(p.integer("max_chars"));
  }

  @Override
  public String name() {
    return "too_long";
  }

  @Override
  public Verdict check(MeasuredText t) {
    int length = t.text().length();
    return length > maxChars
        ? new Verdict(reason(), length + " characters > " + maxChars) : null;
  }
}
