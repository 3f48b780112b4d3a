package dev.anneal.tokenize.tokenizer.hf;

import java.util.Arrays;

/**
 * BPE merges as an open-addressing table from a pair of token ids to the merge's rank and the id
 * of the merged token; a boxed {@code HashMap<Long, ...>} would dominate the encode profile.
 */
final class MergeTable {

  private static final long EMPTY = -1L;

  private final long[] keys;
  private final int[] ranks;
  private final int[] merged;
  private final int mask;

  MergeTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
    keys = new long[capacity];
    ranks = new int[capacity];
    merged = new int[capacity];
    Arrays.fill(keys, EMPTY);
    mask = capacity - 1;
  }

  private static long key(int left, int right) {
    return ((long) left << 32) | (right & 0xFFFFFFFFL);
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 33) & mask;
  }

  /** Records a merge; a later merge of the same pair replaces the earlier, as in the library's map. */
  void put(int left, int right, int rank, int mergedId) {
    long k = key(left, right);
    int i = slot(k);
    while (keys[i] != EMPTY && keys[i] != k) {
      i = (i + 1) & mask;
    }
    keys[i] = k;
    ranks[i] = rank;
    merged[i] = mergedId;
  }

  /** The slot of the pair's merge, or -1 if the pair does not merge. */
  int find(int left, int right) {
    long k = key(left, right);
    int i = slot(k);
    while (true) {
      long at = keys[i];
      if (at == k) {
        return i;
      }
      if (at == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  int rankAt(int slot) {
    return ranks[slot];
  }

  int mergedAt(int slot) {
    return merged[slot];
  }
}
