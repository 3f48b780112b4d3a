package dev.anneal.tokenize.tokenizer.hf;

import java.util.List;

/**
 * Splits text exactly as GPT-2's pre-tokenization regex ({@link ByteLevelPreTokenizer#GPT2}) does,
 * by a hand-written scan: the regex is the slowest part of encoding, and this scan is several
 * times faster. {@code Gpt2SplitterTest} checks the two agree on random text.
 */
final class Gpt2Splitter {

  private static final int LETTER = 1;
  private static final int NUMBER = 2;
  private static final int SPACE = 3;
  private static final int OTHER = 4;

  /** Classes of ASCII characters, so the common case needs no Unicode table lookup. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = (byte) classifySlow(c);
    }
  }

  private Gpt2Splitter() {
  }

  private static int classifySlow(int cp) {
    if (UnicodeClasses.isWhiteSpace(cp)) {
      return SPACE;
    }
    if (Character.isLetter(cp)) {
      return LETTER;
    }
    if (UnicodeClasses.isNumeric(cp)) {
      return NUMBER;
    }
    return OTHER;
  }

  private static int classAt(String s, int i) {
    char c = s.charAt(i);
    return c < 128 ? ASCII[c] : classifySlow(s.codePointAt(i));
  }

  private static int next(String s, int i) {
    return i + (Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1);
  }

  /** End of the run of class {@code cls} starting at {@code i}. */
  private static int runEnd(String s, int i, int cls) {
    int n = s.length();
    while (i < n && classAt(s, i) == cls) {
      i = next(s, i);
    }
    return i;
  }

  /** Appends the non-empty pieces of {@code text} (every character belongs to exactly one). */
  static void split(String text, List<String> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = matchAt(text, i);
      out.add(text.substring(i, end));
      i = end;
    }
  }

  /** End of the regex's match at {@code i}, trying its alternatives in order. */
  private static int matchAt(String s, int i) {
    int n = s.length();
    char c = s.charAt(i);
    // 's|'t|'re|'ve|'m|'ll|'d (case-sensitive, as in GPT-2's pattern)
    if (c == '\'' && i + 1 < n) {
      char d = s.charAt(i + 1);
      if (d == 's' || d == 't' || d == 'm' || d == 'd') {
        return i + 2;
      }
      if (i + 2 < n) {
        char e = s.charAt(i + 2);
        if ((d == 'r' && e == 'e') || (d == 'v' && e == 'e') || (d == 'l' && e == 'l')) {
          return i + 3;
        }
      }
    }
    int cls = classAt(s, i);
    // " ?\p{L}+", " ?\p{N}+", " ?[^\s\p{L}\p{N}]+": an optional literal space, then a run.
    if (c == ' ' && i + 1 < n) {
      int after = classAt(s, i + 1);
      if (after != SPACE) {
        return runEnd(s, i + 1, after);
      }
    }
    if (cls != SPACE) {
      return runEnd(s, i, cls);
    }
    // "\s+(?!\S)": the run, less its last character if something other than space follows;
    // "\s+" takes a single space character before a non-space.
    int end = runEnd(s, i, SPACE);
    if (end == n) {
      return end;
    }
    int lastStart = Character.isLowSurrogate(s.charAt(end - 1)) && end - 2 >= i ? end - 2 : end - 1;
    return lastStart > i ? lastStart : end;
  }
}
