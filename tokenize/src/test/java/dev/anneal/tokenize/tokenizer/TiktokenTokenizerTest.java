package dev.anneal.tokenize.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TiktokenTokenizerTest {

  @Test
  void roundTripsScientificTextWithUnicode() {
    TextTokenizer t = Tokenizers.named("o200k_base");
    String text = "YBa₂Cu₃O₇₋δ was sintered at 950 °C; a = 3.8227 Å, T_c = 92 K.";
    int[] ids = t.encode(text);
    assertTrue(ids.length > 10);
    assertEquals(text, t.decode(ids));
    assertTrue(Arrays.stream(ids).allMatch(id -> id >= 0 && id < t.vocabSize()));
  }

  @Test
  void specialTokenTextIsEncodedAsOrdinaryText() {
    TextTokenizer t = Tokenizers.named("o200k_base");
    int[] ids = t.encode("<|endoftext|>");
    assertTrue(Arrays.stream(ids).noneMatch(id -> id == t.endOfTextId()),
        "a document containing the end-of-text string must not end the document");
  }

  @Test
  void endOfTextDecodesToItsSpecialString() {
    for (String name : new String[] {"o200k_base", "cl100k_base", "r50k_base"}) {
      TextTokenizer t = Tokenizers.named(name);
      assertEquals("<|endoftext|>", t.decode(new int[] {t.endOfTextId()}), name);
    }
  }

  @Test
  void definitionHashIsTheHashOfTheRanksFile() {
    String hash = Tokenizers.named("r50k_base").definitionSha256();
    assertEquals(64, hash.length());
    assertTrue(!hash.equals(Tokenizers.named("o200k_base").definitionSha256()));
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tokenizers.named("gpt5"));
    assertTrue(e.getMessage().contains("o200k_base"), e.getMessage());
  }
}
