package dev.anneal.quality.decontam;

import dev.anneal.quality.text.NGrams;
import dev.anneal.quality.text.Words;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The word n-grams of every evaluation item, by benchmark. Items shorter than {@code n} words
 * (but at least {@code minWords}) are indexed whole, so a short question still matches.
 */
public final class NgramIndex implements Serializable {

  private static final long serialVersionUID = 1L;
  private final int n;
  private final Map<Long, String> benchmarkByGram = new HashMap<>();
  private final TreeSet<Integer> lengths = new TreeSet<>();

  /** An empty index of {@code n}-grams. */
  public NgramIndex(int n) {
    this.n = n;
  }

  /** Adds the items of {@code benchmark}; items under {@code minWords} words are skipped. */
  public NgramIndex add(String benchmark, List<String> items, int minWords) {
    for (String item : items) {
      long[] words = Words.hashes(item);
      if (words.length < minWords) {
        continue;
      }
      int len = Math.min(n, words.length);
      lengths.add(len);
      for (int i = 0; i + len <= words.length; i++) {
        benchmarkByGram.putIfAbsent(NGrams.gram(words, i, len), benchmark);
      }
    }
    return this;
  }

  /** Number of distinct n-grams indexed. */
  public int size() {
    return benchmarkByGram.size();
  }

  /** The benchmark {@code text} shares an n-gram with (the first found), or null. */
  public String match(String text) {
    if (benchmarkByGram.isEmpty() || text == null) {
      return null;
    }
    long[] words = Words.hashes(text);
    for (int len : lengths) {
      for (int i = 0; i + len <= words.length; i++) {
        String b = benchmarkByGram.get(NGrams.gram(words, i, len));
        if (b != null) {
          return b;
        }
      }
    }
    return null;
  }
}
