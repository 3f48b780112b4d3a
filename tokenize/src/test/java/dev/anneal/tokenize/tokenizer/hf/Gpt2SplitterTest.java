package dev.anneal.tokenize.tokenizer.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Gpt2SplitterTest {

  /** Characters from every class the pattern distinguishes, including look-alikes of its literals. */
  private static final String[] ALPHABET = {
      "a", "Z", "é", "δ", "Å", "超", "𝐀", "s", "t", "r", "e", "v", "l", "m", "d", "S", "'", "’",
      "1", "٣", "²", "½", "Ⅻ", "𝟘", " ", " ", " ", "\t", "\n", "\r", "\u00A0", "\u0085", "\u2009",
      "\u3000", "\u200B", "\u001C", ".", ",", "-", "(", "😀", "\u0301", "_", "\uFEFF"};

  private static List<String> byRegex(String text) {
    List<String> out = new ArrayList<>();
    SplitBehavior.ISOLATED.apply(text, Matches.ofRegex(ByteLevelPreTokenizer.GPT2, text), out);
    return out;
  }

  private static List<String> byScanner(String text) {
    List<String> out = new ArrayList<>();
    Gpt2Splitter.split(text, out);
    return out;
  }

  @Test
  void handScannerAgreesWithTheRegexOnRandomText() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(24);
      for (int i = 0; i < len; i++) {
        sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String text = sb.toString();
      assertEquals(byRegex(text), byScanner(text), () -> "text: " + text.codePoints()
          .mapToObj(cp -> String.format("U+%04X", cp)).toList());
    }
  }

  @Test
  void spaceRunBeforeAWordLeavesOneSpaceToTheWord() {
    assertEquals(List.of("a", "  ", " b"), byScanner("a   b"));
    assertEquals(List.of("a", "\t", "\t", "b"), byScanner("a\t\tb"));
    assertEquals(List.of("x", "   "), byScanner("x   "));
  }

  @Test
  void contractionsAreLowercaseOnly() {
    assertEquals(List.of("it", "'s"), byScanner("it's"));
    assertEquals(List.of("IT", "'", "S"), byScanner("IT'S"));
    assertEquals(List.of("we", "'ll", "'ve"), byScanner("we'll've"));
  }

  @Test
  void unicodeWhiteSpaceFollowsOniguruma() {
    // NBSP and NEL are white space for Oniguruma's \s (Java's \s would say no); ZWSP is not.
    assertEquals(List.of("a", "\u00A0", "b"), byScanner("a\u00A0b"));
    assertEquals(List.of("a", "\u0085", "b"), byScanner("a\u0085b"));
    assertEquals(List.of("a", "\u200B", "b"), byScanner("a\u200Bb"));
  }
}
