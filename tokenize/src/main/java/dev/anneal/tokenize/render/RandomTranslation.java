package dev.anneal.tokenize.render;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeded random translations of a crystal (augmentation): the same seed, structure and copy
 * number always give the same fractional shift, so rendered samples are reproducible.
 */
public final class RandomTranslation {

  private RandomTranslation() {
  }

  /** The fractional shift (each component in [0, 1)) for copy {@code copy} of {@code id}. */
  public static double[] of(long seed, String id, int copy) {
    long h = seed * 0x9E3779B97F4A7C15L + copy;
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ b) * 0x100000001B3L;
    }
    SplittableRandom random = new SplittableRandom(h);
    return new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble()};
  }
}
