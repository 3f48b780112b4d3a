package dev.anneal.tokenize.tokenizer.hf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The BPE model over byte-level pieces: each character starts as its own token, then the
 * lowest-ranked adjacent pair is merged (leftmost first on ties) until none merges, which is the
 * order the library's priority queue produces.
 */
final class BpeModel {

  /** Pieces longer than this are not cached: they are rare and would crowd out common words. */
  private static final int MAX_CACHED_LENGTH = 64;
  /** Bound of the word cache; it is emptied when full, cheaper than LRU bookkeeping on every hit. */
  private static final int CACHE_CAPACITY = 1 << 16;

  private final Map<String, Integer> vocab;
  private final MergeTable merges;
  private final int[] charIds;
  private final boolean ignoreMerges;
  private final int unkId;
  private final boolean fuseUnk;
  private final Map<String, int[]> cache = new ConcurrentHashMap<>();

  /**
   * @param vocab token string to id
   * @param merges pair merges by rank
   * @param ignoreMerges the library's {@code ignore_merges}: a piece that is itself in the
   *     vocabulary becomes that one token without merging (Llama 3)
   * @param unkId id of {@code unk_token} or -1: a byte whose character is missing from the
   *     vocabulary becomes this id, or is dropped without one (as the library does; Falcon lacks
   *     some control bytes)
   * @param fuseUnk consecutive unknown bytes become one {@code unkId}
   */
  BpeModel(Map<String, Integer> vocab, MergeTable merges, boolean ignoreMerges, int unkId, boolean fuseUnk) {
    this.vocab = vocab;
    this.merges = merges;
    this.ignoreMerges = ignoreMerges;
    this.unkId = unkId;
    this.fuseUnk = fuseUnk;
    this.charIds = new int[0x144];
    java.util.Arrays.fill(charIds, -1);
    int known = 0;
    for (int b = 0; b < 256; b++) {
      char c = ByteLevelAlphabet.charOf(b);
      Integer id = vocab.get(String.valueOf(c));
      if (id != null) {
        charIds[c] = id;
        known++;
      }
    }
    // A vocabulary without most of the byte alphabet is not byte-level (e.g. a SentencePiece BPE).
    if (known < 200) {
      throw new IllegalArgumentException("vocabulary has only " + known
          + " of the 256 byte-level characters: not a byte-level BPE model");
    }
  }

  /** Appends the ids of {@code piece}, a string over the byte-level alphabet, to {@code out}. */
  void encode(String piece, IntBuffer out) {
    if (piece.length() <= MAX_CACHED_LENGTH) {
      int[] cached = cache.get(piece);
      if (cached == null) {
        cached = merge(piece);
        if (cache.size() >= CACHE_CAPACITY) {
          cache.clear();
        }
        cache.put(piece, cached);
      }
      out.addAll(cached);
    } else {
      out.addAll(merge(piece));
    }
  }

  private int[] merge(String piece) {
    if (ignoreMerges || piece.length() == 1) {
      Integer whole = vocab.get(piece);
      if (whole != null) {
        return new int[] {whole};
      }
    }
    int[] ids = new int[piece.length()];
    int n = 0;
    boolean lastUnknown = false;
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (!ByteLevelAlphabet.contains(c)) {
        throw new IllegalStateException("not a byte-level piece: " + piece);
      }
      int id = charIds[c];
      if (id >= 0) {
        ids[n++] = id;
        lastUnknown = false;
      } else if (unkId >= 0) {
        if (!(fuseUnk && lastUnknown)) {
          ids[n++] = unkId;
        }
        lastUnknown = true;
      }
    }
    return n > LONG_PIECE ? mergeWithHeap(ids, n) : mergeByScan(ids, n);
  }

  /** Pieces longer than this merge with a priority queue: the scan is quadratic in the length. */
  static final int LONG_PIECE = 256;

  /** Lowest-rank-first merging by repeated linear scans: fastest for the short pieces of prose. */
  int[] mergeByScan(int[] ids, int length) {
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
    return n == ids.length ? ids : java.util.Arrays.copyOf(ids, n);
  }

  /**
   * The same merge order with a heap of (rank, position) over a linked list of symbols, as the
   * library does: O(n log n), so a 100,000-letter DNA sequence or base64 run stays cheap.
   */
  int[] mergeWithHeap(int[] ids, int n) {
    int[] next = new int[n];
    int[] prev = new int[n];
    java.util.PriorityQueue<Long> heap = new java.util.PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      next[i] = i + 1 < n ? i + 1 : -1;
      prev[i] = i - 1;
      if (i + 1 < n) {
        push(heap, ids[i], ids[i + 1], i);
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
        push(heap, ids[prev[i]], ids[i], prev[i]);
      }
      if (next[i] >= 0) {
        push(heap, ids[i], ids[next[i]], i);
      }
    }
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (ids[i] >= 0) {
        ids[count++] = ids[i];
      }
    }
    return java.util.Arrays.copyOf(ids, count);
  }

  private void push(java.util.PriorityQueue<Long> heap, int left, int right, int position) {
    int slot = merges.find(left, right);
    if (slot >= 0) {
      heap.add(((long) merges.rankAt(slot) << 32) | position);
    }
  }

  /** The byte-level symbol ids of {@code piece} before merging, for tests of the two merge orders. */
  int[] symbolsForTest(String piece) {
    int[] ids = new int[piece.length()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = charIds[piece.charAt(i)];
    }
    return ids;
  }
}
