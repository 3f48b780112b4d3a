package dev.anneal.quality.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-cased word tokens (runs of letters or digits after NFKC), the unit of
 * every shingle and n-gram in the quality module.
 */
public final class Words {

  private Words() {
  }

  /** The tokens of {@code text}, in order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String s = prepare(text);
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean word = Character.isLetterOrDigit(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /**
   * The hash of every token of {@code text} (as {@link #hash(String)} gives it), in order,
   * without building the token strings: the fast path of shingling.
   */
  public static long[] hashes(String text) {
    if (text == null || text.isEmpty()) {
      return new long[0];
    }
    long[] ascii = asciiHashes(text);
    return ascii != null ? ascii : preparedHashes(prepare(text));
  }

  /**
   * As {@link #hashes(String)} for a text that is all ASCII, lower-casing as it goes (ASCII
   * needs no NFKC and lower-cases letter by letter), so the text is neither scanned first nor
   * copied; {@code null} at the first character that is not ASCII.
   */
  private static long[] asciiHashes(String text) {
    TokenHashes hashes = new TokenHashes(text.length() / 5);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        hashes.add(c);
      } else {
        hashes.end();
      }
    }
    return hashes.toArray();
  }

  /** As {@link #hashes(String)} on a text already normalized and lower-cased. */
  private static long[] preparedHashes(String s) {
    TokenHashes hashes = new TokenHashes(s.length() / 5);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = c < 128 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || (c >= 'A' && c <= 'Z') : Character.isLetterOrDigit(c) || Character.isSurrogate(c)
          && Character.isLetterOrDigit(s.codePointAt(Character.isHighSurrogate(c) ? i : i - 1));
      if (word) {
        hashes.add(c);
      } else {
        hashes.end();
      }
    }
    return hashes.toArray();
  }

  /** The hashes of the tokens of a text, fed one character at a time ({@link #hash(String)}). */
  private static final class TokenHashes {
    private long[] out;
    private int n;
    private long h;
    private boolean in;

    TokenHashes(int expected) {
      out = new long[Math.max(16, expected)];
    }

    /** The next character of the current token (starting one if none is open). */
    void add(char c) {
      if (!in) {
        h = 0xcbf29ce484222325L;
        in = true;
      }
      h ^= c;
      h *= 0x100000001b3L;
    }

    /** A character outside tokens: ends the open token, if any. */
    void end() {
      if (in) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = Mix.mix64(h);
        in = false;
      }
    }

    long[] toArray() {
      end();
      return java.util.Arrays.copyOf(out, n);
    }
  }

  /** The text as its tokens joined by single spaces: the form exact duplicates are hashed in. */
  public static String normalized(String text) {
    return String.join(" ", of(text));
  }

  /** A 64-bit FNV-1a hash of a token, mixed; the building block of shingle hashes. */
  public static long hash(String token) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < token.length(); i++) {
      h ^= token.charAt(i);
      h *= 0x100000001b3L;
    }
    return Mix.mix64(h);
  }

  /** NFKC (only when the text is not ASCII) and lower case. */
  private static String prepare(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 128;
    }
    String s = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    return s.toLowerCase(Locale.ROOT);
  }
}
