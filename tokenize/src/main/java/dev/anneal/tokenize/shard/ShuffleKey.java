package dev.anneal.tokenize.shard;

import java.nio.charset.StandardCharsets;

/**
 * The seeded shuffle: a 64-bit key per (sample, copy). Its value modulo the shard count picks
 * the shard, and shards are ordered by it, so the same seed always gives the same files.
 */
final class ShuffleKey {

  private ShuffleKey() {
  }

  static long of(long seed, String sampleId, int copy) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (byte b : sampleId.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ b) * 0x100000001b3L;
    }
    return mix(h + copy * 0x9E3779B97F4A7C15L);
  }

  /** SplitMix64's finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
