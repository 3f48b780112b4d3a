package dev.anneal.quality.filter;

import dev.anneal.quality.filter.rules.DigitRatioRule;
import dev.anneal.quality.filter.rules.DuplicateLinesRule;
import dev.anneal.quality.filter.rules.DuplicateNgramsRule;
import dev.anneal.quality.filter.rules.DuplicateParagraphsRule;
import dev.anneal.quality.filter.rules.FewAlphaWordsRule;
import dev.anneal.quality.filter.rules.LanguageRule;
import dev.anneal.quality.filter.rules.OcrGarbageRule;
import dev.anneal.quality.filter.rules.RuleParams;
import dev.anneal.quality.filter.rules.SymbolRatioRule;
import dev.anneal.quality.filter.rules.TooLongRule;
import dev.anneal.quality.filter.rules.TooShortRule;
import dev.anneal.quality.filter.rules.TopNgramRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rule registry: builds the configured rules by name from their parameters
 * ({@code quality.filters.rules} and {@code quality.filters.params}).
 */
public final class FilterRules {

  private static final Map<String, Function<RuleParams, FilterRule>> BY_NAME = registry();

  private FilterRules() {
  }

  private static Map<String, Function<RuleParams, FilterRule>> registry() {
    Map<String, Function<RuleParams, FilterRule>> m = new LinkedHashMap<>();
    m.put("language", LanguageRule::of);
    m.put("too_short", TooShortRule::of);
    m.put("too_long", TooLongRule::of);
    m.put("symbol_ratio", SymbolRatioRule::of);
    m.put("digit_ratio", DigitRatioRule::of);
    m.put("few_alpha_words", FewAlphaWordsRule::of);
    m.put("duplicate_lines", DuplicateLinesRule::of);
    m.put("duplicate_paragraphs", DuplicateParagraphsRule::of);
    m.put("top_ngram", TopNgramRule::of);
    m.put("duplicate_ngrams", DuplicateNgramsRule::of);
    m.put("ocr_garbage", OcrGarbageRule::of);
    return m;
  }

  /** Every rule name, in the default order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /**
   * The rules {@code names}, in that order, each with its parameters from {@code params}
   * (by rule name; parameters of rules not named are ignored). An unknown or repeated name, or a
   * missing, unknown or mistyped parameter, is an {@link IllegalArgumentException}.
   */
  public static List<FilterRule> of(List<String> names, Map<String, ? extends Map<String, ?>> params) {
    List<FilterRule> rules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      Function<RuleParams, FilterRule> factory = BY_NAME.get(name);
      if (factory == null) {
        throw new IllegalArgumentException("unknown filter rule '" + name + "'; known rules: "
            + String.join(", ", BY_NAME.keySet()));
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("filter rule " + name + " is listed twice");
      }
      RuleParams p = new RuleParams(name, params == null ? null : params.get(name));
      rules.add(factory.apply(p));
      p.requireAllRead();
    }
    return List.copyOf(rules);
  }

  /**
   * Every rule in the default order with the default parameters of {@code defaults.yaml}
   * (Gopher-like limits loosened for scientific text).
   */
  public static List<FilterRule> defaults() {
    return List.of(new LanguageRule(List.of("en")), new TooShortRule(3),
        new TooLongRule(1_000_000), new SymbolRatioRule(0.10), new DigitRatioRule(0.50),
        new FewAlphaWordsRule(0.25), new DuplicateLinesRule(0.30),
        new DuplicateParagraphsRule(0.30), new TopNgramRule(List.of(0.20, 0.18, 0.16)),
        new DuplicateNgramsRule(0.20), new OcrGarbageRule(0.10));
  }
}
