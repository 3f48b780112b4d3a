package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.CharClasses;
import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;

/**
 * {@code digit_ratio}: drops a text whose visible characters are more than {@code max} digits
 * (the default leaves room for numeric tables).
 *
 * @param max highest share kept
 */
public record DigitRatioRule(double max) implements FilterRule {

  /** The rule from its parameters ({@code max}). */
  public static DigitRatioRule of(RuleParams p) {
    return new DigitRatioRule(p.number("max"));
  }

  @Override
  public String name() {
    return "digit_ratio";
  }

  @Override
  public Verdict check(MeasuredText t) {
    CharClasses c = t.classes();
    if (c.visible() == 0) {
      return null;
    }
    double ratio = (double) c.digits() / c.visible();
    return ratio > max ? new Verdict(reason(), Ratios.fmt(ratio)
        + " of characters are digits > " + Ratios.fmt(max)) : null;
  }
}
