package dev.anneal.quality.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Token hashes computed without building tokens equal the hashes of the tokens themselves, on
 * the ASCII fast path and on text that needs NFKC and Unicode lower-casing.
 */
class WordsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "MgB2 was sintered at 900 C for 2 h in Ar.",
      "UPPER lower MiXeD 123abc ABC123 -- x",
      "trailing word",
      "  leading and   repeated   spaces, tabs\tand\nnewlines  ",
      "!!! ... ???",
      "The ﬁnal anneal of YBa₂Cu₃O₇ at 950 °C",          // ligature and subscripts: NFKC
      "ΣΥΝΘΕΣΗ σε 1200 K, Ünïcödé ÀÉÎ",                  // non-ASCII upper case
      "ASCII first, then a non-ASCII letter at the very end: é",
      "𝐁𝐨𝐥𝐝 math letters and 中文 text"})
  void hashesEqualTheHashesOfTheTokens(String text) {
    List<String> tokens = Words.of(text);
    long[] expected = tokens.stream().mapToLong(Words::hash).toArray();
    assertArrayEquals(expected, Words.hashes(text), "tokens " + tokens);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ab", "aB", "AB", "ab"})
  void caseDoesNotChangeATokensHash(String token) {
    assertEquals(Words.hash("ab"), Words.hashes(token)[0]);
  }
}
