package dev.anneal.tokenize.tokenizer.hf;

import java.util.Arrays;

/**
 * The library's BPE merge order over a word's symbols: the lowest-ranked adjacent pair merges
 * first, the leftmost on ties, until no pair merges.
 */
final class Merges {

  /** Words longer than this merge with a heap: the scan is quadratic in the length. */
  static final int LONG_WORD = 256;

  private Merges() {
  }

  /** Merges {@code ids[0..n)} and returns the merged ids (possibly {@code ids} itself). */
  static int[] merge(MergeTable merges, int[] ids, int n) {
    return n > LONG_WORD ? withHeap(merges, ids, n) : byScan(merges, ids, n);
  }

  /** Lowest-rank-first merging by repeated linear scans: fastest for the short pieces of prose. */
  static int[] byScan(MergeTable merges, int[] ids, int length) {
    int n = length;
    // slots[i] is the merge of (ids[i], ids[i + 1]) or -1; kept in step with ids as pairs merge.
    int[] slots = new int[Math.max(0, length - 1)];
    for (int i = 0; i + 1 < n; i++) {
      slots[i] = merges.find(ids[i], ids[i + 1]);
    }
    while (n > 1) {
      int best = -1;
      int bestRank = Integer.MAX_VALUE;
      for (int i = 0; i + 1 < n; i++) {
        int s = slots[i];
        if (s >= 0) {
          int r = merges.rankAt(s);
          if (r < bestRank) {
            bestRank = r;
            best = i;
          }
        }
      }
      if (best < 0) {
        break;
      }
      ids[best] = merges.mergedAt(slots[best]);
      System.arraycopy(ids, best + 2, ids, best + 1, n - best - 2);
      System.arraycopy(slots, best + 1, slots, best, n - best - 2);
      n--;
      if (best > 0) {
        slots[best - 1] = merges.find(ids[best - 1], ids[best]);
      }
      if (best + 1 < n) {
        slots[best] = merges.find(ids[best], ids[best + 1]);
      }
    }
    return n == ids.length ? ids : Arrays.copyOf(ids, n);
  }

  /**
   * The same order with a heap of (rank, position) over a linked list of symbols, as the library
   * does: O(n log n), so a whole document as one word (Llama 2, Gemma) or a base64 run stays cheap.
   */
  static int[] withHeap(MergeTable merges, int[] ids, int n) {
    int[] next = new int[n];
    int[] prev = new int[n];
    LongHeap heap = new LongHeap(n);
    for (int i = 0; i < n; i++) {
      next[i] = i + 1 < n ? i + 1 : -1;
      prev[i] = i - 1;
      if (i + 1 < n) {
        push(merges, heap, ids[i], ids[i + 1], i);
      }
    }
    while (!heap.isEmpty()) {
      long entry = heap.poll();
      int rank = (int) (entry >>> 32);
      int i = (int) entry;
      int j = next[i];
      if (ids[i] < 0 || j < 0) {
        continue;
      }
      // A stale entry: the pair at i changed since it was pushed. A rank names one pair.
      int slot = merges.find(ids[i], ids[j]);
      if (slot < 0 || merges.rankAt(slot) != rank) {
        continue;
      }
      ids[i] = merges.mergedAt(slot);
      ids[j] = -1;
      next[i] = next[j];
      if (next[j] >= 0) {
        prev[next[j]] = i;
      }
      if (prev[i] >= 0) {
        push(merges, heap, ids[prev[i]], ids[i], prev[i]);
      }
      if (next[i] >= 0) {
        push(merges, heap, ids[i], ids[next[i]], i);
      }
    }
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (ids[i] >= 0) {
        ids[count++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, count);
  }

  private static void push(MergeTable merges, LongHeap heap, int left, int right, int position) {
    int slot = merges.find(left, right);
    if (slot >= 0) {
      heap.add(((long) merges.rankAt(slot) << 32) | position);
    }
  }

  /** A binary min-heap of longs: {@code PriorityQueue<Long>} boxes every entry. */
  private static final class LongHeap {
    private long[] a;
    private int size;

    LongHeap(int capacity) {
      a = new long[Math.max(8, capacity)];
    }

    boolean isEmpty() {
      return size == 0;
    }

    void add(long v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      int i = size++;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (a[p] <= v) {
          break;
        }
        a[i] = a[p];
        i = p;
      }
      a[i] = v;
    }

    long poll() {
      long top = a[0];
      long last = a[--size];
      int i = 0;
      int half = size >>> 1;
      while (i < half) {
        int c = 2 * i + 1;
        if (c + 1 < size && a[c + 1] < a[c]) {
          c++;
        }
        if (last <= a[c]) {
          break;
        }
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
      return top;
    }
  }
}
