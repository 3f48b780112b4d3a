package dev.anneal.tokenize.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConcatSplitPackerTest {

  private static final int EOT = 99;

  private static List<PackedSequence> pack(int seqLen, TokenizedDocument... docs) {
    List<PackedSequence> out = new ArrayList<>();
    new ConcatSplitPacker(seqLen, EOT).pack(List.of(docs).iterator()).forEachRemaining(out::add);
    return out;
  }

  private static TokenizedDocument doc(String id, int... ids) {
    return new TokenizedDocument(id, "papers", ids);
  }

  @Test
  void documentsAreJoinedWithEndOfTextAndCutAtSeqLen() {
    List<PackedSequence> seqs = pack(4, doc("a", 1, 2), doc("b", 3, 4, 5));
    assertEquals(2, seqs.size());
    assertArrayEquals(new int[] {1, 2, EOT, 3}, seqs.get(0).inputIds());
    assertArrayEquals(new int[] {3, 1}, seqs.get(0).docLengths());
    assertEquals(List.of("a", "b"), seqs.get(0).sampleIds());
    // The tail is kept as a shorter sequence: no token is dropped.
    assertArrayEquals(new int[] {4, 5, EOT}, seqs.get(1).inputIds());
    assertArrayEquals(new int[] {3}, seqs.get(1).docLengths());
    assertEquals(List.of("b"), seqs.get(1).sampleIds());
  }

  @Test
  void aDocumentLongerThanSeveralSequencesSpansThemAll() {
    List<PackedSequence> seqs = pack(3, doc("long", 1, 2, 3, 4, 5, 6, 7));
    assertEquals(3, seqs.size());
    assertArrayEquals(new int[] {7, EOT}, seqs.get(2).inputIds());
    seqs.forEach(s -> assertEquals(List.of("long"), s.sampleIds()));
  }

  @Test
  void randomStreamsLoseNoTokenAndDocLengthsAddUp() {
    Random random = new Random(42);
    List<TokenizedDocument> docs = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (int d = 0; d < 200; d++) {
      int[] ids = random.ints(random.nextInt(50), 0, 90).toArray();
      docs.add(doc("d" + d, ids));
      Arrays.stream(ids).forEach(expected::add);
      expected.add(EOT);
    }
    List<Integer> actual = new ArrayList<>();
    new ConcatSplitPacker(37, EOT).pack(docs.iterator()).forEachRemaining(s -> {
      assertEquals(s.inputIds().length, Arrays.stream(s.docLengths()).sum());
      assertEquals(s.docLengths().length, s.sampleIds().size());
      assertFalse(s.inputIds().length > 37);
      Arrays.stream(s.inputIds()).forEach(actual::add);
    });
    assertEquals(expected, actual);
  }

  @Test
  void noDocumentsNoSequences() {
    assertEquals(0, pack(8).size());
  }
}
