package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;

/**
 * {@code duplicate_paragraphs}: drops a text of three or more paragraphs (split at blank lines)
 * of which more than {@code max} repeat an earlier one.
 *
 * @param max highest share kept
 */
public record DuplicateParagraphsRule(double max) implements FilterRule {

  /** The rule from its parameters ({@code max}). */
  public static DuplicateParagraphsRule of(RuleParams p) {
    return new DuplicateParagraphsRule(p.number("max"));
  }

  @Override
  public String name() {
    return "duplicate_paragraphs";
  }

  @Override
  public Verdict check(MeasuredText t) {
    if (t.classes().visible() == 0) {
      return null;
    }
    double share = Ratios.duplicateShare(t.text().split("\n\\s*\n"));
    return share > max ? new Verdict(reason(), Ratios.fmt(share)
        + " of paragraphs repeat an earlier one > " + Ratios.fmt(max)) : null;
  }
}
