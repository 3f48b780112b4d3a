package dev.anneal.quality.dedup.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Packed pairs: growth, sorting with repeats dropped, and runs of equal first values. */
class LongPairsTest {

  @Test
  void sortDistinctOrdersByFirstThenSecondAndDropsRepeats() {
    LongPairs p = new LongPairs();
    long[][] input = {{5, 1}, {-3, 9}, {5, 1}, {5, -2}, {Long.MAX_VALUE, 0}, {-3, 9}, {0, 0}};
    for (long[] pair : input) {
      p.add(pair[0], pair[1]);
    }
    p.sortDistinct();
    assertArrayEquals(new long[] {-3, 9, 0, 0, 5, -2, 5, 1, Long.MAX_VALUE, 0}, p.packed());
    assertEquals(1, p.endOfRun(0), "first = -3: index 0 only");
    assertEquals(2, p.endOfRun(1), "first = 0: index 1 only");
    assertEquals(4, p.endOfRun(2), "first = 5 covers indices 2 and 3");
    assertEquals(5, p.endOfRun(4));
  }

  @Test
  void growsPastItsInitialCapacityAndRoundTripsThroughItsPackedForm() {
    LongPairs p = new LongPairs();
    for (int i = 0; i < 1000; i++) {
      p.add(i, -i);
    }
    LongPairs copy = LongPairs.of(p.packed());
    assertEquals(1000, copy.size());
    assertEquals(999, copy.first(999));
    assertEquals(-999, copy.second(999));
    LongPairs both = new LongPairs();
    both.addAll(copy);
    both.addAll(copy);
    both.sortDistinct();
    assertEquals(1000, both.size(), "every pair twice, kept once");
  }

  @ParameterizedTest(name = "{0}, heapsort below depth {1}")
  @CsvSource({"random with repeats, 64", "random with repeats, 0", "ascending, 64",
      "descending, 64", "one bucket, 64", "one bucket, 0", "descending, 0"})
  void sortsLikeAComparatorSortOnEveryShapeOfInput(String shape, int maxDepth) {
    SplittableRandom random = new SplittableRandom(3);
    LongPairs p = new LongPairs();
    List<long[]> reference = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      long[] pair = switch (shape) {
        case "ascending" -> new long[] {i / 3, i};
        case "descending" -> new long[] {-i / 3, -i};
        case "one bucket" -> new long[] {42, random.nextInt(700)};
        default -> new long[] {random.nextInt(50) - 25, random.nextLong(-3, 3)};
      };
      p.add(pair[0], pair[1]);
      reference.add(pair);
    }
    p.sortDistinct(maxDepth);
    long[] expected = reference.stream()
        .sorted(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]))
        .map(x -> x[0] + "," + x[1]).distinct()
        .flatMapToLong(x -> Arrays.stream(x.split(",")).mapToLong(Long::parseLong)).toArray();
    assertArrayEquals(expected, p.packed());
  }
}
