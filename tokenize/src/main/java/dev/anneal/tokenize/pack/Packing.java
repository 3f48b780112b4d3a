package dev.anneal.tokenize.pack;

import java.util.Iterator;

/** The packing modes by configuration name ({@code concat_split}, {@code best_fit}). */
public final class Packing {

  /** Concatenate and cut every seq_len tokens. */
  public static final String CONCAT_SPLIT = "concat_split";
  /** Best fit: documents shorter than seq_len are never split. */
  public static final String BEST_FIT = "best_fit";

  private Packing() {
  }

  /** Checks {@code mode} is known; returns it. */
  public static String check(String mode) {
    if (!CONCAT_SPLIT.equals(mode) && !BEST_FIT.equals(mode)) {
      throw new IllegalArgumentException("tokenize.packing must be " + CONCAT_SPLIT + " or "
          + BEST_FIT + ": " + mode);
    }
    return mode;
  }

  /** Packs {@code docs} in {@code mode}. */
  public static Iterator<PackedSequence> pack(String mode, int seqLen, int endOfText, int window,
                                              Iterator<TokenizedDocument> docs) {
    return BEST_FIT.equals(check(mode))
        ? new BestFitPacker(seqLen, endOfText, window).pack(docs)
        : new ConcatSplitPacker(seqLen, endOfText).pack(docs);
  }
}
