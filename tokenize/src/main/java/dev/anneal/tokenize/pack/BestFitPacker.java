package dev.anneal.tokenize.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Best-fit packing: documents (each followed by the end-of-text token) are placed, longest
 * first, into the open sequence with the least room that still holds them, so a document that
 * fits in {@code seqLen} is never split. Only documents longer than that are cut, into full
 * sequences plus a remainder that opens the sequence emitted right after them, so a cut
 * document's pieces are consecutive and in order in the output. Works on a window of documents at a
 * time ({@code windowSequences × seqLen} tokens), so memory stays bounded; sequences are not
 * padded (a trainer pads or packs them as it likes).
 */
public final class BestFitPacker {

  private final int seqLen;
  private final int endOfText;
  private final long windowTokens;

  /** A packer for {@code seqLen}-token sequences over windows of {@code windowSequences}. */
  public BestFitPacker(int seqLen, int endOfText, int windowSequences) {
    if (seqLen < 2) {
      throw new IllegalArgumentException("seq_len must be at least 2: " + seqLen);
    }
    if (windowSequences < 1) {
      throw new IllegalArgumentException("pack_window must be at least 1: " + windowSequences);
    }
    this.seqLen = seqLen;
    this.endOfText = endOfText;
    this.windowTokens = (long) windowSequences * seqLen;
  }

  /** One document piece: ids [from, to) of the document plus, when {@code eot}, its end token. */
  private record Piece(TokenizedDocument doc, int from, int to, boolean eot, int order) {
    int length() {
      return to - from + (eot ? 1 : 0);
    }
  }

  /** A sequence being filled. */
  private static final class Bin {
    final List<Piece> pieces = new ArrayList<>();
    final int order;
    int used;
    Piece remainder; // the last piece of a cut document, first in this bin

    Bin(int order) {
      this.order = order;
    }
  }

  /** Packs {@code docs}: whole windows are read, packed and emitted in a stable order. */
  public Iterator<PackedSequence> pack(Iterator<TokenizedDocument> docs) {
    return new Iterator<>() {
      private Iterator<PackedSequence> ready = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!ready.hasNext() && docs.hasNext()) {
          ready = packWindow(docs).iterator();
        }
        return ready.hasNext();
      }

      @Override
      public PackedSequence next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.next();
      }
    };
  }

  private List<PackedSequence> packWindow(Iterator<TokenizedDocument> docs) {
    List<Piece> pieces = new ArrayList<>();
    // a cut document's remainder -> the full sequences that precede it
    Map<Piece, List<Bin>> fullBefore = new HashMap<>();
    long tokens = 0;
    int order = 0;
    while (docs.hasNext() && tokens < windowTokens) {
      TokenizedDocument d = docs.next();
      int n = d.ids().length;
      tokens += n + 1;
      int from = 0;
      List<Bin> full = new ArrayList<>();
      // Whole sequences of a document longer than seq_len; the remainder is a normal piece.
      while (n + 1 - from > seqLen) {
        Bin bin = new Bin(-1);
        bin.pieces.add(new Piece(d, from, from + seqLen, false, order++));
        bin.used = seqLen;
        full.add(bin);
        from += seqLen;
      }
      Piece rest = new Piece(d, from, n, true, order++);
      pieces.add(rest);
      if (!full.isEmpty()) {
        fullBefore.put(rest, full);
      }
    }
    pieces.sort(Comparator.comparingInt(Piece::length).reversed()
        .thenComparingInt(Piece::order));
    // room left -> bins with that room, oldest first
    TreeMap<Integer, List<Bin>> byRoom = new TreeMap<>();
    List<Bin> bins = new ArrayList<>();
    for (Piece p : pieces) {
      boolean cut = fullBefore.containsKey(p);
      Bin bin = null;
      // A remainder opens its sequence right after its document's full sequences, so a bin
      // takes at most one remainder (the tightest bin without one).
      for (Integer room = byRoom.ceilingKey(p.length()); room != null && bin == null;
           room = byRoom.higherKey(room)) {
        List<Bin> candidates = byRoom.get(room);
        for (int i = 0; i < candidates.size(); i++) {
          if (!cut || candidates.get(i).remainder == null) {
            bin = candidates.remove(i);
            break;
          }
        }
        if (candidates.isEmpty()) {
          byRoom.remove(room);
        }
      }
      if (bin == null) {
        bin = new Bin(bins.size());
        bins.add(bin);
      }
      if (cut) {
        bin.remainder = p;
        bin.pieces.add(0, p);
      } else {
        bin.pieces.add(p);
      }
      bin.used += p.length();
      int left = seqLen - bin.used;
      if (left > 0) {
        byRoom.computeIfAbsent(left, k -> new ArrayList<>()).add(bin);
      }
    }
    List<PackedSequence> out = new ArrayList<>(bins.size() + fullBefore.size());
    for (Bin b : bins) {
      if (b.remainder != null) {
        for (Bin f : fullBefore.get(b.remainder)) {
          out.add(toSequence(f));
        }
      }
      out.add(toSequence(b));
    }
    return out;
  }

  private PackedSequence toSequence(Bin bin) {
    int[] ids = new int[bin.used];
    int[] lengths = new int[bin.pieces.size()];
    List<String> sampleIds = new ArrayList<>(bin.pieces.size());
    List<String> sources = new ArrayList<>(bin.pieces.size());
    int at = 0;
    for (int i = 0; i < bin.pieces.size(); i++) {
      Piece p = bin.pieces.get(i);
      System.arraycopy(p.doc().ids(), p.from(), ids, at, p.to() - p.from());
      at += p.to() - p.from();
      if (p.eot()) {
        ids[at++] = endOfText;
      }
      lengths[i] = p.length();
      sampleIds.add(p.doc().sampleId());
      sources.add(p.doc().source());
    }
    return new PackedSequence(Arrays.copyOf(ids, at), lengths, sampleIds, sources);
  }
}
