package dev.anneal.quality.filter;

import java.io.Serializable;
import java.util.List;

/**
 * Runs the configured rules over one text, in their order, and returns the verdict of the first
 * that drops it. The rules share one {@link MeasuredText}, so each measurement is made once.
 */
public final class TextFilter implements Serializable {

  private static final long serialVersionUID = 2L;
  private final List<FilterRule> rules;

  /** A filter running {@code rules} in order. */
  public TextFilter(List<FilterRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A filter running every rule with its default parameters ({@link FilterRules#defaults()}). */
  public static TextFilter defaults() {
    return new TextFilter(FilterRules.defaults());
  }

  /** The rules, in order. */
  public List<FilterRule> rules() {
    return rules;
  }

  /**
   * The verdict of the first rule {@code text} fails, or null when it passes every rule.
   * {@code language} may be null (unknown); when {@code lengthRules} is false, rules about a
   * minimum length are skipped.
   */
  public Verdict check(String text, String language, boolean lengthRules) {
    MeasuredText measured = new MeasuredText(text, language);
    for (FilterRule rule : rules) {
      if (!lengthRules && !rule.appliesWithoutLengthRules()) {
        continue;
      }
      Verdict v = rule.check(measured);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
