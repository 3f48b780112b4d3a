package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * {@code language}: drops a text whose known language is not one of {@code languages}; a text
 * without a language, or an empty list, passes.
 *
 * @param languages allowed languages, lower case
 */
public record LanguageRule(List<String> languages) implements FilterRule {

  /** The rule from its parameters ({@code languages}). */
  public static LanguageRule of(RuleParams p) {
    return new LanguageRule(p.lowerCaseStrings("languages"));
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Verdict check(MeasuredText t) {
    String language = t.language();
    if (language != null && !language.isEmpty() && !languages.isEmpty()
        && !languages.contains(language.toLowerCase(Locale.ROOT))) {
      return new Verdict(reason(), "language " + language + " is not one of " + languages);
    }
    return null;
  }
}
