package dev.anneal.quality.dedup;

import dev.anneal.quality.text.Mix;
import java.io.Serializable;
import java.util.Arrays;

/**
 * MinHash signatures and LSH band keys of shingle sets, by one-permutation hashing with optimal
 * densification (Li, Owen and Zhang 2012; Shrivastava 2017): each shingle is hashed once, its
 * hash picks one of the {@code bands × rows} bins and competes for that bin's minimum, and a bin
 * left empty copies the bin that a fixed probe sequence finds first. Two sets agree on a bin
 * with probability their Jaccard similarity, as with independent permutations, at one hash per
 * shingle instead of one per shingle and permutation.
 */
public final class MinHasher implements Serializable {

  private static final long serialVersionUID = 2L;
  private final MinHashSettings settings;
  private final long seed;

  /** A hasher of {@code settings.permutations()} bins, seeded by {@code settings.seed()}. */
  public MinHasher(MinHashSettings settings) {
    this.settings = settings;
    this.seed = Mix.mix64(settings.seed() + 0x9e3779b97f4a7c15L);
  }

  /**
   * The signature: for each bin the least hash of the shingles falling in it; empty bins are
   * filled by densification. Empty for an empty set.
   */
  public long[] signature(long[] shingles) {
    int k = settings.permutations();
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] sig = new long[k];
    Arrays.fill(sig, Long.MAX_VALUE);
    boolean[] filled = new boolean[k];
    int empty = k;
    for (long x : shingles) {
      long h = Mix.mix64(x ^ seed);
      // The high 32 bits choose the bin (multiply-shift, no modulo bias worth noting for k
      // this small); the whole hash orders the shingles within it.
      int bin = (int) (((h >>> 32) * k) >>> 32);
      if (!filled[bin]) {
        filled[bin] = true;
        empty--;
      }
      if (h < sig[bin]) {
        sig[bin] = h;
      }
    }
    if (empty > 0) {
      densify(sig, filled);
    }
    return sig;
  }

  /**
   * Optimal densification: an empty bin takes the value of the first filled bin of its own probe
   * sequence, which depends only on the bin and the attempt, so two sets with the same filled
   * bins fill their empty ones alike.
   */
  private void densify(long[] sig, boolean[] filled) {
    int k = sig.length;
    for (int bin = 0; bin < k; bin++) {
      if (filled[bin]) {
        continue;
      }
      for (long attempt = 1; ; attempt++) {
        long h = Mix.mix64(seed ^ Mix.mix64(((long) bin << 32) + attempt));
        int from = (int) (((h >>> 32) * k) >>> 32);
        if (filled[from]) {
          sig[bin] = sig[from];
          break;
        }
      }
    }
  }

  /** One key per band: a hash of the band number and its rows; empty for an empty set. */
  public long[] bandKeys(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] sig = signature(shingles);
    long[] keys = new long[settings.bands()];
    for (int b = 0; b < keys.length; b++) {
      long h = Mix.mix64(b + 1L);
      for (int r = 0; r < settings.rows(); r++) {
        h = Mix.mix64(h * 31 + sig[b * settings.rows() + r]);
      }
      keys[b] = h;
    }
    return keys;
  }
}
