package dev.anneal.tokenize.tokenizer.hf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The ids of recently merged pieces, shared by the BPE models' per-piece merge loops. */
final class PieceCache {

  /** Pieces longer than this are not cached: they are rare and would crowd out common words. */
  private static final int MAX_CACHED_LENGTH = 64;
  /** Bound of the cache; it is emptied when full, cheaper than LRU bookkeeping on every hit. */
  private static final int CAPACITY = 1 << 16;

  private final Map<String, int[]> cache = new ConcurrentHashMap<>();

  /** The ids of {@code piece}, from the cache or from {@code merge}. */
  int[] ids(String piece, Function<String, int[]> merge) {
    if (piece.length() > MAX_CACHED_LENGTH) {
      return merge.apply(piece);
    }
    int[] cached = cache.get(piece);
    if (cached == null) {
      cached = merge.apply(piece);
      if (cache.size() >= CAPACITY) {
        cache.clear();
      }
      cache.put(piece, cached);
    }
    return cached;
  }
}
