package dev.anneal.tokenize.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Concatenate-and-split packing: documents are appended one after another, each followed by the
 * end-of-text token, and the stream is cut every {@code seqLen} tokens. A document may span two
 * sequences; the last sequence may be shorter, so no token is dropped.
 */
public final class ConcatSplitPacker {

  private final int seqLen;
  private final int endOfText;

  /** A packer for sequences of {@code seqLen} tokens, separating documents with {@code endOfText}. */
  public ConcatSplitPacker(int seqLen, int endOfText) {
    if (seqLen < 2) {
      throw new IllegalArgumentException("seq_len must be at least 2: " + seqLen);
    }
    this.seqLen = seqLen;
    this.endOfText = endOfText;
  }

  /** Packs {@code docs} lazily: sequences are produced as documents arrive. */
  public Iterator<PackedSequence> pack(Iterator<TokenizedDocument> docs) {
    return new Iterator<>() {
      private final int[] buffer = new int[seqLen];
      private int filled;
      private final List<Integer> lengths = new ArrayList<>();
      private final List<String> sampleIds = new ArrayList<>();
      private final List<String> sources = new ArrayList<>();
      private TokenizedDocument current;
      private int offset; // position in current doc's ids + trailing EOT
      private PackedSequence ready;

      @Override
      public boolean hasNext() {
        if (ready == null) {
          ready = fill();
        }
        return ready != null;
      }

      @Override
      public PackedSequence next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        PackedSequence out = ready;
        ready = null;
        return out;
      }

      private PackedSequence fill() {
        while (filled < seqLen) {
          if (current == null) {
            if (!docs.hasNext()) {
              break;
            }
            current = docs.next();
            offset = 0;
          }
          int total = current.ids().length + 1; // the document and its end-of-text token
          int take = Math.min(total - offset, seqLen - filled);
          for (int i = 0; i < take; i++) {
            int pos = offset + i;
            buffer[filled + i] = pos < current.ids().length ? current.ids()[pos] : endOfText;
          }
          filled += take;
          offset += take;
          lengths.add(take);
          sampleIds.add(current.sampleId());
          sources.add(current.source());
          if (offset == total) {
            current = null;
          }
        }
        if (filled == 0) {
          return null;
        }
        PackedSequence seq = new PackedSequence(Arrays.copyOf(buffer, filled),
            lengths.stream().mapToInt(Integer::intValue).toArray(),
            List.copyOf(sampleIds), List.copyOf(sources));
        filled = 0;
        lengths.clear();
        sampleIds.clear();
        sources.clear();
        return seq;
      }
    };
  }
}
