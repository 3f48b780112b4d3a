package dev.anneal.quality.dedup;

import dev.anneal.quality.text.Mix;
import java.io.Serializable;

/**
 * MinHash signatures and LSH band keys of shingle sets. Permutation {@code i} is approximated by
 * a seeded xor-multiply-xorshift of each (already mixed) 64-bit shingle hash.
 */
public final class MinHasher implements Serializable {

  private static final long serialVersionUID = 1L;
  private final MinHashSettings settings;
  private final long[] seeds;
  private final long[] multipliers;

  /** A hasher with {@code settings.permutations()} seeded permutations. */
  public MinHasher(MinHashSettings settings) {
    this.settings = settings;
    this.seeds = new long[settings.permutations()];
    this.multipliers = new long[settings.permutations()];
    long s = settings.seed();
    for (int i = 0; i < seeds.length; i++) {
      s += 0x9e3779b97f4a7c15L;
      seeds[i] = Mix.mix64(s);
      multipliers[i] = Mix.mix64(~s) | 1L;
    }
  }

  /** The signature: for each permutation the minimum over the shingles. */
  public long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    // Shingle hashes are already mixed 64-bit values, so one xor-multiply-xorshift per
    // permutation is enough (the candidates are verified exactly; recall is what it costs).
    for (int i = 0; i < seeds.length; i++) {
      long seed = seeds[i];
      long m = multipliers[i];
      long min = Long.MAX_VALUE;
      for (long x : shingles) {
        long h = (x ^ seed) * m;
        h ^= h >>> 32;
        if (h < min) {
          min = h;
        }
      }
      sig[i] = min;
    }
    return sig;
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
