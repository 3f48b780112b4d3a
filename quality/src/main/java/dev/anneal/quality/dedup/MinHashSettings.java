package dev.anneal.quality.dedup;

import java.io.Serializable;

/**
 * How near duplicates are found: word shingles of {@code shingleSize}, {@code bands × rows}
 * MinHash values (bins of one-permutation hashing), and the exact Jaccard similarity a candidate
 * pair must reach.
 *
 * @param shingleSize words per shingle
 * @param bands       LSH bands (a pair is a candidate when one band agrees entirely)
 * @param rows        MinHash values per band
 * @param threshold   exact Jaccard similarity of the shingle sets for a pair to be duplicates
 * @param seed        seed of the MinHash function
 * @param maxBucket   a band bucket larger than this links its members to its smallest one only
 *                    (a star) instead of every pair, so a popular bucket stays linear
 */
public record MinHashSettings(int shingleSize, int bands, int rows, double threshold, long seed,
                              int maxBucket) implements Serializable {

  public MinHashSettings {
    if (shingleSize < 1 || bands < 1 || rows < 1) {
      throw new IllegalArgumentException("shingle size, bands and rows must be positive");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    if (maxBucket < 2) {
      throw new IllegalArgumentException("max bucket must be at least 2");
    }
  }

  /** MinHash values in a signature (the permutations of classic MinHash): bands × rows. */
  public int permutations() {
    return bands * rows;
  }

  /** The probability that a pair of Jaccard similarity {@code s} becomes a candidate. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
