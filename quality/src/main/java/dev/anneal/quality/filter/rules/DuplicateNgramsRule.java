package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;
import dev.anneal.quality.text.NGrams;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code duplicate_ngrams}: drops a text in which more than {@code max} of the word characters
 * lie in a word 5-gram that occurred earlier (Gopher). Like {@link TopNgramRule}, only texts of
 * {@value TopNgramRule#MIN_WORDS} words or more are judged.
 *
 * @param max highest share kept
 */
public record DuplicateNgramsRule(double max) implements FilterRule {

  private static final int N = 5;

  /** The rule from its parameters ({@code max}). */
  public static DuplicateNgramsRule of(RuleParams p) {
    return new DuplicateNgramsRule(p.number("max"));
  }

  @Override
  public String name() {
    return "duplicate_ngrams";
  }

  @Override
  public Verdict check(MeasuredText t) {
    List<String> words = t.words();
    if (words.size() < TopNgramRule.MIN_WORDS || t.classes().visible() == 0) {
      return null;
    }
    long[] hashes = t.wordHashes();
    boolean[] dup = new boolean[hashes.length];
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i + N <= hashes.length; i++) {
      if (!seen.add(NGrams.gram(hashes, i, N))) {
        for (int j = i; j < i + N; j++) {
          dup[j] = true;
        }
      }
    }
    int totalChars = 0;
    int dupChars = 0;
    for (int i = 0; i < dup.length; i++) {
      int length = words.get(i).length();
      totalChars += length;
      dupChars += dup[i] ? length : 0;
    }
    double frac = (double) dupChars / totalChars;
    return frac > max ? new Verdict(reason(), Ratios.fmt(frac)
        + " of characters are in repeated word 5-grams > " + Ratios.fmt(max)) : null;
  }
}
