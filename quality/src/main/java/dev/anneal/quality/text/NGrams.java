package dev.anneal.quality.text;

import java.util.Arrays;
import java.util.List;

/**
 * Hashes of word n-grams: each n-gram of consecutive tokens becomes one 64-bit value, so sets of
 * n-grams compare and join as longs.
 */
public final class NGrams {

  private NGrams() {
  }

  /**
   * The distinct hashes of every {@code n}-gram of {@code tokens}, sorted; a text of fewer than
   * {@code n} (but at least one) tokens gives one hash of all its tokens.
   */
  public static long[] sortedDistinct(List<String> tokens, int n) {
    long[] words = new long[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = Words.hash(tokens.get(i));
    }
    return sortedDistinct(words, n);
  }

  /** As {@link #sortedDistinct(List, int)}, from the tokens of {@code text}. */
  public static long[] sortedDistinct(String text, int n) {
    return sortedDistinct(Words.hashes(text), n);
  }

  /** As {@link #sortedDistinct(List, int)}, from the tokens' hashes. */
  public static long[] sortedDistinct(long[] words, int n) {
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - n + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = gram(words, i, Math.min(n, words.length - i));
    }
    Arrays.sort(out);
    int k = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[k++] = out[i];
      }
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  /** The hash of the {@code len} word hashes starting at {@code from}. */
  public static long gram(long[] wordHashes, int from, int len) {
    long h = len;
    for (int j = 0; j < len; j++) {
      h = Mix.mix64(h * 0x9e3779b97f4a7c15L + wordHashes[from + j]);
    }
    return h;
  }

  /** The exact Jaccard similarity of two sorted sets of distinct hashes. */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }
}
