package dev.anneal.tokenize.tokenizer.hf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BpeModelTest {

  /** Byte alphabet plus merges over 'a' and 'b' that compete for the same symbols. */
  private static BpeModel competingMerges() {
    Map<String, Integer> vocab = new HashMap<>();
    for (int b = 0; b < 256; b++) {
      vocab.put(String.valueOf(ByteLevelAlphabet.charOf(b)), b);
    }
    List<String[]> merges = List.of(new String[] {"a", "b"}, new String[] {"b", "a"},
        new String[] {"a", "a"}, new String[] {"ab", "a"}, new String[] {"a", "ba"},
        new String[] {"aa", "b"}, new String[] {"b", "ab"}, new String[] {"aba", "ab"},
        new String[] {"b", "b"}, new String[] {"bb", "bb"});
    MergeTable table = new MergeTable(merges.size());
    int rank = 0;
    for (String[] m : merges) {
      vocab.putIfAbsent(m[0] + m[1], vocab.size());
      table.put(vocab.get(m[0]), vocab.get(m[1]), rank++, vocab.get(m[0] + m[1]));
    }
    return new BpeModel(vocab, table, false, -1, false);
  }

  @Test
  void heapAndScanMergeInTheSameOrderOnLongPieces() {
    BpeModel model = competingMerges();
    Random random = new Random(11);
    for (int n = 0; n < 500; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 2 + random.nextInt(600);
      for (int i = 0; i < len; i++) {
        sb.append(random.nextInt(3) == 0 ? 'b' : 'a');
      }
      String piece = sb.toString();
      int[] symbols = model.symbolsForTest(piece);
      assertArrayEquals(model.mergeByScan(symbols.clone(), symbols.length),
          model.mergeWithHeap(symbols.clone(), symbols.length), piece);
    }
  }

  @Test
  void leftmostPairWinsATie() {
    // "aaa": (a a) at 0 and at 1 have the same rank; the library merges the left one.
    BpeModel model = competingMerges();
    int[] symbols = model.symbolsForTest("aaa");
    int[] scan = model.mergeByScan(symbols.clone(), 3);
    assertArrayEquals(scan, model.mergeWithHeap(symbols.clone(), 3));
    assertArrayEquals(new int[] {model.symbolsForTest("a")[0]}, new int[] {scan[1]});
  }
}
