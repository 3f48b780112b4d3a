package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;

/**
 * {@code too_short}: drops a sample of fewer than {@code min_words} words, or without a visible
 * character. A length rule: whole documents are not judged by it.
 *
 * @param minWords fewest words kept
 */
public record TooShortRule(int minWords) implements FilterRule {

  /** The rule from its parameters ({@code min_words}). */
  public static TooShortRule of(RuleParams p) {
    return new TooShortRule(p.integer("min_words"));
  }

  @Override
  public String name() {
    return "too_short";
  }

  @Override
  public boolean appliesWithoutLengthRules() {
    return false;
  }

  @Override
  public Verdict check(MeasuredText t) {
    int words = t.words().size();
    if (words < minWords) {
      return new Verdict(reason(), words + " words < " + minWords);
    }
    if (t.classes().visible() == 0) {
      return new Verdict(reason(), "no visible character");
    }
    return null;
  }
}
