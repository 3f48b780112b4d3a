package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.CharClasses;
import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;

/**
 * {@code symbol_ratio}: drops a text whose visible characters are more than {@code max} unusual
 * symbols (neither letters, digits, punctuation nor math and science signs).
 *
 * @param max highest share kept
 */
public record SymbolRatioRule(double max) implements FilterRule {

  /** The rule from its parameters ({@code max}). */
  public static SymbolRatioRule of(RuleParams p) {
    return new SymbolRatioRule(p.number("max"));
  }

  @Override
  public String name() {
    return "symbol_ratio";
  }

  @Override
  public Verdict check(MeasuredText t) {
    CharClasses c = t.classes();
    if (c.visible() == 0) {
      return null;
    }
    double ratio = (double) c.symbols() / c.visible();
    return ratio > max ? new Verdict(reason(), Ratios.fmt(ratio)
        + " of characters are unusual symbols > " + Ratios.fmt(max)) : null;
  }
}
