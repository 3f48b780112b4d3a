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
    sortDistinct(2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, size))));
  }

  /** As {@link #sortDistinct()}, switching to heapsort below {@code maxDepth} partitionings. */
  void sortDistinct(int maxDepth) {
    sort(0, size - 1, maxDepth);
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (n == 0 || packed[2 * n - 2] != first(i) || packed[2 * n - 1] != second(i)) {
        packed[2 * n] = first(i);
        packed[2 * n + 1] = second(i);
        n++;
      }
    }
    size = n;
  }

  /**
   * Sorts pairs {@code lo..hi} in place: quicksort with three-way partitioning (band buckets
   * repeat their key many times), insertion sort for short ranges, and heapsort once the
   * recursion is {@code depth} deep, so no input is quadratic. Primitive comparisons on the
   * packed array; sorting boxed indices with a comparator was most of the candidate stage.
   */
  private void sort(int lo, int hi, int depth) {
    while (hi - lo > 16) {
      if (depth-- == 0) {
        heapSort(lo, hi);
        return;
      }
      int mid = (lo + hi) >>> 1;
      // Median of three as the pivot, copied out because partitioning moves it.
      int m = compare(lo, mid) < 0
          ? (compare(mid, hi) < 0 ? mid : compare(lo, hi) < 0 ? hi : lo)
          : (compare(lo, hi) < 0 ? lo : compare(mid, hi) < 0 ? hi : mid);
      long pf = first(m);
      long ps = second(m);
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        int c = compare(i, pf, ps);
        if (c < 0) {
          swap(lt++, i++);
        } else if (c > 0) {
          swap(i, gt--);
        } else {
          i++;
        }
      }
      // Recurse into the shorter side, loop on the longer: the stack stays logarithmic.
      if (lt - lo < hi - gt) {
        sort(lo, lt - 1, depth);
        lo = gt + 1;
      } else {
        sort(gt + 1, hi, depth);
        hi = lt - 1;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      for (int j = i; j > lo && compare(j - 1, j) > 0; j--) {
        swap(j - 1, j);
      }
    }
  }

  private void heapSort(int lo, int hi) {
    int n = hi - lo + 1;
    for (int i = n / 2 - 1; i >= 0; i--) {
      siftDown(lo, i, n);
    }
    for (int end = n - 1; end > 0; end--) {
      swap(lo, lo + end);
      siftDown(lo, 0, end);
    }
  }

  private void siftDown(int lo, int i, int n) {
    while (2 * i + 1 < n) {
      int child = 2 * i + 1;
      if (child + 1 < n && compare(lo + child, lo + child + 1) < 0) {
        child++;
      }
      if (compare(lo + i, lo + child) >= 0) {
        return;
      }
      swap(lo + i, lo + child);
      i = child;
    }
  }

  private int compare(int i, int j) {
    return compare(i, first(j), second(j));
  }

  private int compare(int i, long f, long s) {
    int c = Long.compare(first(i), f);
    return c != 0 ? c : Long.compare(second(i), s);
  }

  private void swap(int i, int j) {
    long f = packed[2 * i];
    long s = packed[2 * i + 1];
    packed[2 * i] = packed[2 * j];
    packed[2 * i + 1] = packed[2 * j + 1];
    packed[2 * j] = f;
    packed[2 * j + 1] = s;
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
