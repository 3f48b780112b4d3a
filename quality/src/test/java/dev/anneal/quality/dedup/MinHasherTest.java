package dev.anneal.quality.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.quality.text.Mix;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * One-permutation MinHash: signatures agree bin by bin as often as the sets' Jaccard similarity,
 * small sets are densified consistently, and band collisions follow the LSH curve.
 */
class MinHasherTest {

  private static MinHashSettings settings(int bands, int rows, long seed) {
    return new MinHashSettings(5, bands, rows, 0.8, seed, 64);
  }

  /** Two sorted sets of {@code size} random hashes sharing {@code common} of them. */
  private static long[][] pair(SplittableRandom random, int size, int common) {
    long[] shared = LongStream.generate(random::nextLong).limit(common).toArray();
    long[] a = LongStream.concat(Arrays.stream(shared),
        LongStream.generate(random::nextLong).limit(size - common)).sorted().toArray();
    long[] b = LongStream.concat(Arrays.stream(shared),
        LongStream.generate(random::nextLong).limit(size - common)).sorted().toArray();
    return new long[][] {a, b};
  }

  private static double agreement(long[] x, long[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      same += x[i] == y[i] ? 1 : 0;
    }
    return (double) same / x.length;
  }

  @Test
  void binAgreementEstimatesJaccardSimilarity() {
    MinHasher hasher = new MinHasher(settings(256, 4, 7));
    SplittableRandom random = new SplittableRandom(11);
    // 1,500 shared of 2,000 each: Jaccard 1500 / 2500 = 0.6; 1,024 bins give a standard error
    // of about 0.015.
    long[][] p = pair(random, 2000, 1500);
    double estimate = agreement(hasher.signature(p[0]), hasher.signature(p[1]));
    assertEquals(0.6, estimate, 0.06, "estimate " + estimate);
  }

  @Test
  void smallSetsAreDensifiedSoEveryBinHoldsOneOfTheirHashes() {
    MinHasher hasher = new MinHasher(settings(16, 4, 1));
    long[] set = {-5, 17, 40};
    long[] sig = hasher.signature(set);
    assertEquals(64, sig.length);
    assertFalse(Arrays.stream(sig).anyMatch(v -> v == Long.MAX_VALUE), "no bin left empty");
    assertTrue(Arrays.stream(sig).distinct().count() <= 3, "values come from the 3 shingles");
    assertArrayEquals(sig, hasher.signature(set.clone()), "the same set, the same signature");
    long[] single = hasher.signature(new long[] {99});
    assertEquals(1, Arrays.stream(single).distinct().count(), "one shingle fills every bin");
  }

  @Test
  void densifiedSmallSetsStillAgreeAboutAsOftenAsTheirJaccardSimilarity() {
    MinHasher hasher = new MinHasher(settings(16, 4, 3));
    SplittableRandom random = new SplittableRandom(5);
    double sum = 0;
    int trials = 400;
    for (int t = 0; t < trials; t++) {
      long[][] p = pair(random, 12, 8); // Jaccard 8 / 16 = 0.5, most of 64 bins empty
      sum += agreement(hasher.signature(p[0]), hasher.signature(p[1]));
    }
    assertEquals(0.5, sum / trials, 0.05);
  }

  @Test
  void theSeedChoosesTheHashFunction() {
    long[] set = LongStream.range(0, 500).map(Mix::mix64).sorted().toArray();
    assertNotEquals(Arrays.toString(new MinHasher(settings(16, 4, 1)).signature(set)),
        Arrays.toString(new MinHasher(settings(16, 4, 2)).signature(set)));
    assertArrayEquals(new MinHasher(settings(16, 4, 1)).signature(set),
        new MinHasher(settings(16, 4, 1)).signature(set));
  }

  @Test
  void pairsShareABandAsOftenAsTheBandingCurvePredicts() {
    MinHashSettings s = settings(16, 4, 9);
    MinHasher hasher = new MinHasher(s);
    SplittableRandom random = new SplittableRandom(13);
    // Jaccard 0.6 (900 / 1500): the curve 1 - (1 - 0.6^4)^16 gives 0.88.
    int trials = 1000;
    int candidates = 0;
    for (int t = 0; t < trials; t++) {
      long[][] p = pair(random, 1200, 900);
      long[] ka = hasher.bandKeys(p[0]);
      long[] kb = hasher.bandKeys(p[1]);
      boolean shared = false;
      for (int b = 0; b < ka.length; b++) {
        shared |= ka[b] == kb[b];
      }
      candidates += shared ? 1 : 0;
    }
    assertEquals(s.candidateProbability(0.6), (double) candidates / trials, 0.04);
  }

  @Test
  void anEmptySetHasNoSignatureAndNoBandKeys() {
    MinHasher hasher = new MinHasher(settings(16, 4, 1));
    assertEquals(0, hasher.signature(new long[0]).length);
    assertEquals(0, hasher.bandKeys(new long[0]).length);
  }
}
