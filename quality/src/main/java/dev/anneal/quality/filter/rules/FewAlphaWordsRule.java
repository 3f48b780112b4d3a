package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;
import java.util.List;

/**
 * {@code few_alpha_words}: drops a text in which fewer than {@code min} of the written tokens
 * holding a letter or digit hold a letter. Tokens are taken as written ({@code "0.05"} is one,
 * {@code "|"} and {@code "---"} are none), so tables count fairly.
 *
 * @param min lowest share kept
 */
public record FewAlphaWordsRule(double min) implements FilterRule {

  /** The rule from its parameters ({@code min}). */
  public static FewAlphaWordsRule of(RuleParams p) {
    return new FewAlphaWordsRule(p.number("min"));
  }

  @Override
  public String name() {
    return "few_alpha_words";
  }

  @Override
  public Verdict check(MeasuredText t) {
    if (t.classes().visible() == 0) {
      return null;
    }
    List<String> tokens = t.contentTokens();
    if (tokens.isEmpty()) {
      return null;
    }
    long alpha = tokens.stream().filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
    double ratio = (double) alpha / tokens.size();
    return ratio < min ? new Verdict(reason(), Ratios.fmt(ratio)
        + " of words have a letter < " + Ratios.fmt(min)) : null;
  }
}
