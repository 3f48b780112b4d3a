package dev.anneal.tokenize.tokenizer.hf;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A string cut into consecutive spans, each a pattern match or not, the way the library's
 * {@code Pattern::find_matches} reports them before a split behavior is applied.
 */
final class Matches {

  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private boolean[] match = new boolean[8];
  private int size;

  void add(int start, int end, boolean isMatch) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      match = Arrays.copyOf(match, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    match[size] = isMatch;
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  boolean isMatch(int i) {
    return match[i];
  }

  /** Swaps matches and non-matches, the library's {@code Invert} pattern. */
  void invert() {
    for (int i = 0; i < size; i++) {
      match[i] = !match[i];
    }
  }

  /** Every match of {@code pattern} in {@code s} with the gaps between them; empty matches included. */
  static Matches ofRegex(Pattern pattern, String s) {
    Matches m = new Matches();
    if (s.isEmpty()) {
      m.add(0, 0, false);
      return m;
    }
    Matcher matcher = pattern.matcher(s);
    int prev = 0;
    while (matcher.find()) {
      if (prev != matcher.start()) {
        m.add(prev, matcher.start(), false);
      }
      m.add(matcher.start(), matcher.end(), true);
      prev = matcher.end();
    }
    if (prev != s.length()) {
      m.add(prev, s.length(), false);
    }
    return m;
  }

  /** Every code point of {@code s} that satisfies {@code test} as a match of its own, with the gaps. */
  static Matches ofCodePoints(IntPredicate test, String s) {
    Matches m = new Matches();
    if (s.isEmpty()) {
      m.add(0, 0, false);
      return m;
    }
    int last = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (test.test(cp)) {
        if (last < i) {
          m.add(last, i, false);
        }
        m.add(i, next, true);
        last = next;
      }
      i = next;
    }
    if (last < s.length()) {
      m.add(last, s.length(), false);
    }
    return m;
  }
}
