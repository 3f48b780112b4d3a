package dev.anneal.tokenize.tokenizer.hf;

import java.util.Map;

/**
 * The BPE model over byte-level pieces: each character starts as its own token, then the
 * lowest-ranked adjacent pair is merged (leftmost first on ties) until none merges, which is the
 * order the library's priority queue produces.
 */
final class BpeModel implements TokenModel {


  private final Map<String, Integer> vocab;
  private final MergeTable merges;
  private final int[] charIds;
  private final boolean ignoreMerges;
  private final int unkId;
  private final boolean fuseUnk;
  private final PieceCache cache = new PieceCache();
  /** Bound once: the encode loop runs per piece. */
  private final java.util.function.Function<String, int[]> merger = this::merge;

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
  @Override
  public void encode(String piece, IntBuffer out) {
    out.addAll(cache.ids(piece, merger));
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
    return Merges.merge(merges, ids, n);
  }

  int[] mergeByScan(int[] ids, int length) {
    return Merges.byScan(merges, ids, length);
  }

  int[] mergeWithHeap(int[] ids, int n) {
    return Merges.withHeap(merges, ids, n);
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
