package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;
import dev.anneal.quality.text.NGrams;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code top_ngram}: drops a text in which the most frequent repeated word n-gram covers more
 * than its limit of the word characters; {@code max[0]} limits 2-grams, {@code max[1]} 3-grams
 * and so on (Gopher: 0.20, 0.18, 0.16). Only texts of {@value #MIN_WORDS} words or more are
 * judged: a short formula, table or CIF excerpt repeats its keys by nature.
 *
 * @param max highest share kept per n, from n = 2
 */
public record TopNgramRule(List<Double> max) implements FilterRule {

  /** Fewest words a text needs for the n-gram rules to judge it. */
  public static final int MIN_WORDS = 50;

  /** The rule over an unmodifiable copy of {@code max}. */
  public TopNgramRule {
    max = List.copyOf(max);
  }

  /** The rule from its parameters ({@code max}, a list). */
  public static TopNgramRule of(RuleParams p) {
    return new TopNgramRule(p.numbers("max"));
  }

  @Override
  public String name() {
    return "top_ngram";
  }

  @Override
  public Verdict check(MeasuredText t) {
    List<String> words = t.words();
    if (words.size() < MIN_WORDS || t.classes().visible() == 0) {
      return null;
    }
    long[] hashes = t.wordHashes();
    int totalChars = 0;
    for (String w : words) {
      totalChars += w.length();
    }
    for (int n = 2; n < 2 + max.size(); n++) {
      Map<Long, Integer> counts = new HashMap<>();
      Map<Long, Integer> chars = new HashMap<>();
      for (int i = 0; i + n <= hashes.length; i++) {
        long g = NGrams.gram(hashes, i, n);
        counts.merge(g, 1, Integer::sum);
        if (!chars.containsKey(g)) {
          int c = 0;
          for (int j = i; j < i + n; j++) {
            c += words.get(j).length();
          }
          chars.put(g, c);
        }
      }
      long best = 0;
      for (Map.Entry<Long, Integer> e : counts.entrySet()) {
        if (e.getValue() > 1) {
          best = Math.max(best, (long) e.getValue() * chars.get(e.getKey()));
        }
      }
      double frac = (double) best / totalChars;
      if (frac > max.get(n - 2)) {
        return new Verdict(reason(), "the most frequent word " + n + "-gram covers "
            + Ratios.fmt(frac) + " of characters > " + Ratios.fmt(max.get(n - 2)));
      }
    }
    return null;
  }
}
