package dev.anneal.tokenize.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BestFitPackerTest {

  private static final int EOT = 0;

  private static List<TokenizedDocument> randomDocs(long seed, int n, int maxLen) {
    Random r = new Random(seed);
    List<TokenizedDocument> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] ids = new int[1 + r.nextInt(maxLen)];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = 1 + r.nextInt(1000);
      }
      docs.add(new TokenizedDocument("d" + i, "papers", ids));
    }
    return docs;
  }

  private static List<PackedSequence> pack(String mode, int seqLen, List<TokenizedDocument> docs) {
    List<PackedSequence> out = new ArrayList<>();
    Packing.pack(mode, seqLen, EOT, 1000, docs.iterator()).forEachRemaining(out::add);
    return out;
  }

  /** Pieces per sample id. */
  private static Map<String, Integer> pieces(List<PackedSequence> seqs) {
    Map<String, Integer> n = new HashMap<>();
    seqs.forEach(s -> s.sampleIds().forEach(id -> n.merge(id, 1, Integer::sum)));
    return n;
  }

  @Test
  void documentsShorterThanSeqLenAreNeverSplitAndNoTokenIsLost() {
    int seqLen = 64;
    List<TokenizedDocument> docs = randomDocs(1, 300, 150);
    List<PackedSequence> seqs = pack(Packing.BEST_FIT, seqLen, docs);
    Map<String, Integer> pieces = pieces(seqs);
    long total = 0;
    for (TokenizedDocument d : docs) {
      total += d.ids().length + 1;
      if (d.ids().length + 1 <= seqLen) {
        assertEquals(1, pieces.get(d.sampleId()), d.sampleId() + " fits and stays whole");
      } else {
        assertEquals((d.ids().length + seqLen) / seqLen, pieces.get(d.sampleId()), d.sampleId());
      }
    }
    assertEquals(total, seqs.stream().mapToLong(s -> s.inputIds().length).sum());
    for (PackedSequence s : seqs) {
      assertTrue(s.inputIds().length <= seqLen);
      assertEquals(s.inputIds().length, java.util.Arrays.stream(s.docLengths()).sum());
    }
  }

  @Test
  void aWholeDocumentComesBackIdForIdWithItsEndOfText() {
    List<TokenizedDocument> docs = randomDocs(2, 50, 40);
    for (PackedSequence s : pack(Packing.BEST_FIT, 64, docs)) {
      int at = 0;
      for (int i = 0; i < s.sampleIds().size(); i++) {
        int[] ids = docs.get(Integer.parseInt(s.sampleIds().get(i).substring(1))).ids();
        for (int k = 0; k < ids.length; k++) {
          assertEquals(ids[k], s.inputIds()[at + k]);
        }
        assertEquals(EOT, s.inputIds()[at + ids.length]);
        at += s.docLengths()[i];
      }
    }
  }

  @Test
  void bestFitCutsFewerDocumentsThanConcatSplitInFewSequences() {
    int seqLen = 128;
    List<TokenizedDocument> docs = randomDocs(3, 400, 100);
    List<PackedSequence> concat = pack(Packing.CONCAT_SPLIT, seqLen, docs);
    List<PackedSequence> best = pack(Packing.BEST_FIT, seqLen, docs);
    long cutConcat = pieces(concat).values().stream().filter(n -> n > 1).count();
    long cutBest = pieces(best).values().stream().filter(n -> n > 1).count();
    assertEquals(0, cutBest);
    assertTrue(cutConcat > 50, "concat-split cuts many: " + cutConcat);
    assertTrue(best.size() <= concat.size() * 1.10, best.size() + " vs " + concat.size());
  }

  /**
   * Reads the output as a trainer does, piece after piece, and checks that every document comes
   * back whole from consecutive pieces in order: a cut document's next piece opens the next
   * sequence, and nothing else sits between its pieces.
   */
  static void assertPiecesConsecutiveAndInOrder(List<TokenizedDocument> docs,
                                                List<PackedSequence> seqs) {
    Map<String, int[]> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.sampleId(), d.ids()));
    String open = null;
    int at = 0; // ids of the open document read so far
    int whole = 0;
    for (int s = 0; s < seqs.size(); s++) {
      PackedSequence seq = seqs.get(s);
      int pos = 0;
      for (int i = 0; i < seq.sampleIds().size(); i++) {
        String id = seq.sampleIds().get(i);
        if (open != null) {
          assertEquals(open, id, "the piece after an open piece continues its document");
          assertEquals(0, i, "a continued document opens its sequence");
        }
        int[] ids = byId.get(id);
        int len = seq.docLengths()[i];
        boolean ends = at + len == ids.length + 1;
        for (int k = 0; k < len; k++) {
          int expected = at + k < ids.length ? ids[at + k] : EOT;
          assertEquals(expected, seq.inputIds()[pos + k], id + " at " + (at + k));
        }
        pos += len;
        if (ends) {
          open = null;
          at = 0;
          whole++;
        } else {
          assertEquals(seq.sampleIds().size() - 1, i, "an open piece ends its sequence");
          open = id;
          at += len;
        }
      }
    }
    assertEquals(null, open, "no document is left open");
    assertEquals(docs.size(), whole);
  }

  @Test
  void aCutDocumentsPiecesAreConsecutiveAndInOrderInBothModes() {
    int seqLen = 64;
    // many documents longer than seq_len (up to five sequences), mixed with short ones
    List<TokenizedDocument> docs = randomDocs(4, 500, 300);
    for (String mode : List.of(Packing.BEST_FIT, Packing.CONCAT_SPLIT)) {
      List<PackedSequence> seqs = pack(mode, seqLen, docs);
      assertPiecesConsecutiveAndInOrder(docs, seqs);
    }
    // small windows: documents straddle window ends
    List<PackedSequence> small = new ArrayList<>();
    Packing.pack(Packing.BEST_FIT, seqLen, EOT, 3, docs.iterator()).forEachRemaining(small::add);
    assertPiecesConsecutiveAndInOrder(docs, small);
  }
}
