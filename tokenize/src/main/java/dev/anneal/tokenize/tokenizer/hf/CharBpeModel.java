package dev.anneal.tokenize.tokenizer.hf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The BPE model over Unicode characters, as SentencePiece-converted files use it (Llama 2, Mistral,
 * Gemma): each code point starts as its own symbol; one missing from the vocabulary becomes its
 * UTF-8 bytes as {@code <0xXX>} tokens ({@code byte_fallback}) or the unknown token; then pairs
 * merge in the library's order.
 */
final class CharBpeModel implements TokenModel {


  private final Map<String, Integer> vocab;
  private final MergeTable merges;
  private final boolean ignoreMerges;
  private final int unkId;
  private final boolean fuseUnk;
  /** Id of each BMP character's one-character token, or -1. */
  private final int[] bmpIds = new int[0x10000];
  /** Ids of supplementary characters' tokens. */
  private final Map<Integer, Integer> supplementaryIds = new HashMap<>();
  /** Id of {@code <0xXX>} per byte, or null without {@code byte_fallback}. */
  private final int[] byteIds;
  private final PieceCache cache = new PieceCache();
  /** Bound once: the encode loop runs per piece. */
  private final java.util.function.Function<String, int[]> merger = this::merge;

  /**
   * @param byteFallback whether unknown characters become their {@code <0xXX>} byte tokens
   *     (when all of the character's bytes have one, else the unknown token)
   */
  CharBpeModel(Map<String, Integer> vocab, MergeTable merges, boolean ignoreMerges, int unkId,
      boolean fuseUnk, boolean byteFallback) {
    this.vocab = vocab;
    this.merges = merges;
    this.ignoreMerges = ignoreMerges;
    this.unkId = unkId;
    this.fuseUnk = fuseUnk;
    Arrays.fill(bmpIds, -1);
    vocab.forEach((token, id) -> {
      int cp = token.codePointAt(0);
      if (token.length() == Character.charCount(cp)) {
        if (cp < 0x10000) {
          bmpIds[cp] = id;
        } else {
          supplementaryIds.put(cp, id);
        }
      }
    });
    if (byteFallback) {
      byteIds = new int[256];
      for (int b = 0; b < 256; b++) {
        byteIds[b] = vocab.getOrDefault(String.format("<0x%02X>", b), -1);
      }
    } else {
      byteIds = null;
    }
  }

  @Override
  public void encode(String piece, IntBuffer out) {
    out.addAll(cache.ids(piece, merger));
  }

  private int[] merge(String piece) {
    if (ignoreMerges) {
      Integer whole = vocab.get(piece);
      if (whole != null) {
        return new int[] {whole};
      }
    }
    int[] ids = new int[piece.length() * 4];
    int n = 0;
    boolean lastUnknown = false;
    byte[] utf8 = new byte[4];
    for (int i = 0; i < piece.length(); ) {
      int cp = piece.codePointAt(i);
      i += Character.charCount(cp);
      // A lone surrogate reaches the library as U+FFFD (JavaScript and Python strings to Rust).
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        cp = 0xFFFD;
      }
      int id = cp < 0x10000 ? bmpIds[cp] : supplementaryIds.getOrDefault(cp, -1);
      if (id >= 0) {
        ids[n++] = id;
        lastUnknown = false;
        continue;
      }
      if (byteIds != null) {
        int bytes = utf8(cp, utf8);
        boolean all = true;
        for (int b = 0; b < bytes; b++) {
          all &= byteIds[utf8[b] & 0xFF] >= 0;
        }
        if (all) {
          for (int b = 0; b < bytes; b++) {
            ids[n++] = byteIds[utf8[b] & 0xFF];
          }
          lastUnknown = false;
          continue;
        }
      }
      // The library drops an unknown character when the model has no unknown token.
      if (unkId >= 0 && !(fuseUnk && lastUnknown)) {
        ids[n++] = unkId;
      }
      lastUnknown = unkId >= 0;
    }
    return Merges.merge(merges, ids, n);
  }

  private static int utf8(int cp, byte[] out) {
    if (cp < 0x80) {
      out[0] = (byte) cp;
      return 1;
    }
    byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, out, 0, b.length);
    return b.length;
  }
}
