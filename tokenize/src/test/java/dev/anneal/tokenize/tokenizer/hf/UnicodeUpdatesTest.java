package dev.anneal.tokenize.tokenizer.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnicodeUpdatesTest {

  private static boolean matches(String regex, String text) {
    return Pattern.compile(UnicodeUpdates.patch(regex), Pattern.UNICODE_CHARACTER_CLASS).matcher(text).matches();
  }

  @Test
  void newerEmojiAreSymbolsInsideAndOutsideBrackets() {
    // U+1FAE0 (Unicode 14) and U+1FAE8 (Unicode 15) are So to the reference library, unassigned to Java 17.
    assertFalse(Pattern.compile(" ?[\\p{P}\\p{S}]+").matcher(" \uD83E\uDEE0").matches(), "Java 17 alone");
    assertTrue(matches(" ?[\\p{P}\\p{S}]+", " \uD83E\uDEE0\uD83E\uDEE8"));
    assertTrue(matches("\\p{S}+", "\uD83E\uDEE0"));
    assertFalse(matches("[^\\r\\n\\p{L}\\p{P}\\p{S}]", "\uD83E\uDEE0"), "negated classes exclude them too");
    assertTrue(matches("\\p{L}+", "a\u2C2F"), "U+2C2F, a Unicode 14 Glagolitic letter");
  }

  @Test
  void aSplitUsesTheWiderRegexForPiecesWithNewerCharacters() throws Exception {
    // DeepSeek-V3's punctuation/symbol alternative: " 🫠" is one piece to the library.
    String split = "{\"type\":\"Split\",\"pattern\":{\"Regex\":\"\\\\p{L}+| ?[\\\\p{P}\\\\p{S}]+|\\\\s+\"},"
        + "\"behavior\":\"Isolated\",\"invert\":false}";
    PreTokenizer p = PreTokenizerJson.preTokenizer(new com.fasterxml.jackson.databind.ObjectMapper().readTree(split));
    java.util.List<String> out = new java.util.ArrayList<>();
    p.split("ab \uD83E\uDEE0!", out);
    assertEquals(java.util.List.of("ab", " \uD83E\uDEE0!"), out);
    out.clear();
    p.split("ab \u00A9!", out);
    assertEquals(java.util.List.of("ab", " \u00A9!"), out);
  }

  @Test
  void escapesAndOtherClassesAreLeftAlone() {
    assertEquals("\\\\p{S}\\[\\p{Lu}\\P{S}", UnicodeUpdates.patch("\\\\p{S}\\[\\p{Lu}\\P{S}"));
  }
}
