package dev.anneal.quality.dedup.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A growable list of (long, long) pairs kept in one packed array, so that a batch of pairs
 * crosses a Spark shuffle as a single {@code long[]}: Java serialization copies a primitive
 * array in bulk but writes every boxed tuple as an object of its own, which made shuffling
 * 800,000 (band key, node) tuples most of a stage.
 */
final class LongPairs implements Serializable {

  private static final long serialVersionUID = 1L;
  private long[] packed;
  private int size;

  LongPairs() {
    this(new long[32], 0);
  }

  private LongPairs(long[] packed, int size) {
    this.packed = packed;
    this.size = size;
  }

  /** The pairs packed as {@code first0, second0, first1, second1, …}. */
  static LongPairs of(long[] packed) {
    return new LongPairs(packed, packed.length / 2);
  }

  void add(long first, long second) {
    if (2 * size + 2 > packed.length) {
      packed = Arrays.copyOf(packed, Math.max(32, packed.length * 2));
    }
    packed[2 * size] = first;
    packed[2 * size + 1] = second;
    size++;
  }

  void addAll(LongPairs other) {
    if (2 * (size + other.size) > packed.length) {
      packed = Arrays.copyOf(packed, Math.max(2 * (size + other.size), packed.length * 2));
    }
    System.arraycopy(other.packed, 0, packed, 2 * size, 2 * other.size);
    size += other.size;
  }

  int size() {
    return size;
  }

  long first(int i) {
    return packed[2 * i];
  }

  long second(int i) {
    return packed[2 * i + 1];
  }

  /** The pairs packed as {@code first0, second0, …}, trimmed to their number. */
  long[] packed() {
    return Arrays.copyOf(packed, 2 * size);
  }

  /** Sorts the pairs by first, then second, and drops repeated pairs. */
  void sortDistinct() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> {
      int c = Long.compare(first(x), first(y));
      return c != 0 ? c : Long.compare(second(x), second(y));
    });
    long[] sorted = new long[2 * size];
    int n = 0;
    for (Integer i : order) {
      if (n == 0 || sorted[2 * n - 2] != first(i) || sorted[2 * n - 1] != second(i)) {
        sorted[2 * n] = first(i);
        sorted[2 * n + 1] = second(i);
        n++;
      }
    }
    packed = sorted;
    size = n;
  }

  /** The index of the first pair at or after {@code from} whose first differs (size if none). */
  int endOfRun(int from) {
    int i = from + 1;
    while (i < size && first(i) == first(from)) {
      i++;
    }
    return i;
  }
}
