package dev.anneal.bench.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates one cluster of documents: a base text of Zipf-distributed synthetic words in
 * paragraphs, and zero or more variants of it (word edits, paragraph reorderings, truncations)
 * at several similarity levels. Deterministic in the cluster number and seed.
 */
public final class CorpusGenerator implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** One generated document: its cluster, how it was derived, and its text. */
  public record Doc(String id, long cluster, String variant, String text) {
  }

  private static final int VOCABULARY = 50_000;
  private static final String[] WORDS = new String[VOCABULARY];
  private static final double[] CDF = new double[VOCABULARY];

  static {
    Random r = new Random(7);
    String letters = "etaoinshrdlcumwfgypbvkjxqz";
    double total = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      int len = 2 + r.nextInt(9);
      StringBuilder w = new StringBuilder();
      for (int j = 0; j < len; j++) {
        w.append(letters.charAt(Math.min(25, (int) (Math.abs(r.nextGaussian()) * 8))));
      }
      WORDS[i] = w.append(i % 97 == 0 ? Integer.toString(i) : "").toString();
      total += 1.0 / Math.pow(i + 1, 1.05);
      CDF[i] = total;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      CDF[i] /= total;
    }
  }

  private final int meanWords;
  private final long seed;

  /** A generator of documents of about {@code meanWords} words. */
  public CorpusGenerator(int meanWords, long seed) {
    this.meanWords = meanWords;
    this.seed = seed;
  }

  /** The documents of cluster {@code c}: its base, then its variants. */
  public List<Doc> cluster(long c) {
    Random r = new Random(seed * 1_000_003L + c);
    int n = Math.max(8, (int) (meanWords * (0.6 + 0.8 * r.nextDouble())));
    List<String> words = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      words.add(word(r));
    }
    int paragraph = Math.max(4, Math.min(80, n / 3));
    List<Doc> out = new ArrayList<>();
    out.add(new Doc(c + "-0", c, "base", text(words, paragraph)));
    // 40% of clusters have variants, 1 to 3 of them.
    int variants = r.nextDouble() < 0.4 ? 1 + r.nextInt(3) : 0;
    for (int v = 1; v <= variants; v++) {
      String kind;
      List<String> w = new ArrayList<>(words);
      switch (r.nextInt(3)) {
        case 0 -> {
          double[] rates = {0.005, 0.01, 0.02, 0.04, 0.08};
          double rate = rates[r.nextInt(rates.length)];
          for (int i = 0; i < w.size(); i++) {
            if (r.nextDouble() < rate) {
              w.set(i, word(r));
            }
          }
          kind = "edit_" + rate;
        }
        case 1 -> {
          List<List<String>> paras = new ArrayList<>();
          for (int i = 0; i < w.size(); i += paragraph) {
            paras.add(new ArrayList<>(w.subList(i, Math.min(w.size(), i + paragraph))));
          }
          Collections.shuffle(paras, r);
          w.clear();
          paras.forEach(w::addAll);
          kind = "reorder";
        }
        default -> {
          double[] keeps = {0.95, 0.9, 0.85, 0.8, 0.7};
          double keep = keeps[r.nextInt(keeps.length)];
          w = new ArrayList<>(w.subList(0, Math.max(1, (int) (w.size() * keep))));
          kind = "truncate_" + keep;
        }
      }
      out.add(new Doc(c + "-" + v, c, kind, text(w, paragraph)));
    }
    return out;
  }

  private static String word(Random r) {
    int i = java.util.Arrays.binarySearch(CDF, r.nextDouble());
    return WORDS[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
  }

  private static String text(List<String> words, int paragraph) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append(i % paragraph == 0 ? ".\n\n" : i % 13 == 0 ? ". " : " ");
      }
      sb.append(words.get(i));
    }
    return sb.append('.').toString();
  }
}
