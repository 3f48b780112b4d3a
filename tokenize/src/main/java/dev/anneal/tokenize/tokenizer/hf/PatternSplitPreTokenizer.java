package dev.anneal.tokenize.tokenizer.hf;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The library's {@code Split}, {@code Punctuation}, {@code Digits}, {@code Whitespace} and
 * {@code WhitespaceSplit} pre-tokenizers: find spans by a regex or a code-point class, then apply
 * a split behavior.
 */
final class PatternSplitPreTokenizer implements PreTokenizer {

  private final Pattern regex;
  /** {@code regex} widened with Unicode 14/15 characters, or null if that changes nothing. */
  private final Pattern newerRegex;
  private final IntPredicate codePoints;
  private final SplitBehavior behavior;
  private final boolean invert;

  private PatternSplitPreTokenizer(Pattern regex, Pattern newerRegex, IntPredicate codePoints,
      SplitBehavior behavior, boolean invert) {
    this.regex = regex;
    this.newerRegex = newerRegex;
    this.codePoints = codePoints;
    this.behavior = behavior;
    this.invert = invert;
  }

  /** Splits on matches of {@code regex}. */
  static PatternSplitPreTokenizer regex(Pattern regex, SplitBehavior behavior, boolean invert) {
    return new PatternSplitPreTokenizer(regex, null, null, behavior, invert);
  }

  /**
   * Splits on matches of {@code regex}, or of {@code newerRegex} (the same with characters newer
   * than Java's Unicode tables) in a piece that holds such a character: the wider classes are
   * slower to match (measured in docs/benchmarks.md), and almost no text needs them.
   */
  static PatternSplitPreTokenizer regex(Pattern regex, Pattern newerRegex, SplitBehavior behavior, boolean invert) {
    return new PatternSplitPreTokenizer(regex, newerRegex, null, behavior, invert);
  }

  /** Splits on each code point that satisfies {@code test}. */
  static PatternSplitPreTokenizer codePoints(IntPredicate test, SplitBehavior behavior) {
    return new PatternSplitPreTokenizer(null, null, test, behavior, false);
  }

  @Override
  public void split(String piece, List<String> out) {
    Pattern p = newerRegex != null && hasNewerCharacter(piece) ? newerRegex : regex;
    Matches m = p != null ? Matches.ofRegex(p, piece) : Matches.ofCodePoints(codePoints, piece);
    if (invert) {
      m.invert();
    }
    behavior.apply(piece, m, out);
  }

  /** Whether {@code s} has a character Java 17 does not know (all of them are above U+05FF). */
  private static boolean hasNewerCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x600) {
        int cp = s.codePointAt(i);
        if (Character.getType(cp) == Character.UNASSIGNED) {
          return true;
        }
        if (cp > 0xFFFF) {
          i++;
        }
      }
    }
    return false;
  }
}
