package dev.anneal.quality.dedup.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
