package dev.anneal.tokenize.tokenizer.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SplitBehaviorTest {

  private static List<String> split(String text, String regex, SplitBehavior behavior, boolean invert) {
    List<String> out = new ArrayList<>();
    PatternSplitPreTokenizer.regex(Pattern.compile(regex), behavior, invert).split(text, out);
    return out;
  }

  @Test
  void eachBehaviorOnTheLibrarysDocumentedExample() {
    // The library's docs use "the-final--countdown" split on "-".
    String text = "the-final--countdown";
    assertEquals(List.of("the", "final", "countdown"), split(text, "-", SplitBehavior.REMOVED, false));
    assertEquals(List.of("the", "-", "final", "-", "-", "countdown"), split(text, "-", SplitBehavior.ISOLATED, false));
    assertEquals(List.of("the-", "final-", "-", "countdown"), split(text, "-", SplitBehavior.MERGED_WITH_PREVIOUS, false));
    assertEquals(List.of("the", "-final", "-", "-countdown"), split(text, "-", SplitBehavior.MERGED_WITH_NEXT, false));
    assertEquals(List.of("the", "-", "final", "--", "countdown"), split(text, "-", SplitBehavior.CONTIGUOUS, false));
  }

  @Test
  void invertKeepsWhatThePatternMatches() {
    assertEquals(List.of("12", "345"), split("ab12cd345", "\\d+", SplitBehavior.REMOVED, true));
  }

  @Test
  void falconDigitsThenTriplesCutLongNumbers() {
    List<String> digits = new ArrayList<>();
    PatternSplitPreTokenizer.codePoints(UnicodeClasses::isNumeric, SplitBehavior.CONTIGUOUS).split("x1234567y", digits);
    assertEquals(List.of("x", "1234567", "y"), digits);
    assertEquals(List.of("123", "456", "7"), split("1234567", "[0-9][0-9][0-9]", SplitBehavior.ISOLATED, false));
  }
}
