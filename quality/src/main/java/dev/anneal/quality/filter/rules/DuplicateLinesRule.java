package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;

/**
 * {@code duplicate_lines}: drops a text of three or more non-blank lines of which more than
 * {@code max} repeat an earlier line (Gopher's repetition rule).
 *
 * @param max highest share kept
 */
public record DuplicateLinesRule(double max) implements FilterRule {

  /** The rule from its parameters ({@code max}). */
  public static DuplicateLinesRule of(RuleParams p) {
    return new DuplicateLinesRule(p.number("max"));
  }

  @Override
  public String name() {
    return "duplicate_lines";
  }

  @Override
  public Verdict check(MeasuredText t) {
    if (t.classes().visible() == 0) {
      return null;
    }
    double share = Ratios.duplicateShare(t.text().split("\n"));
    return share > max ? new Verdict(reason(), Ratios.fmt(share)
        + " of lines repeat an earlier line > " + Ratios.fmt(max)) : null;
  }
}
