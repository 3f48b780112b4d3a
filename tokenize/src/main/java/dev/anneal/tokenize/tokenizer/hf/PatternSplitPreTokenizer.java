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
  private final IntPredicate codePoints;
  private final SplitBehavior behavior;
  private final boolean invert;

  private PatternSplitPreTokenizer(Pattern regex, IntPredicate codePoints, SplitBehavior behavior,
      boolean invert) {
    this.regex = regex;
    this.codePoints = codePoints;
    this.behavior = behavior;
    this.invert = invert;
  }

  /** Splits on matches of {@code regex}. */
  static PatternSplitPreTokenizer regex(Pattern regex, SplitBehavior behavior, boolean invert) {
    return new PatternSplitPreTokenizer(regex, null, behavior, invert);
  }

  /** Splits on each code point that satisfies {@code test}. */
  static PatternSplitPreTokenizer codePoints(IntPredicate test, SplitBehavior behavior) {
    return new PatternSplitPreTokenizer(null, test, behavior, false);
  }

  @Override
  public void split(String piece, List<String> out) {
    Matches m = regex != null ? Matches.ofRegex(regex, piece) : Matches.ofCodePoints(codePoints, piece);
    if (invert) {
      m.invert();
    }
    behavior.apply(piece, m, out);
  }
}
