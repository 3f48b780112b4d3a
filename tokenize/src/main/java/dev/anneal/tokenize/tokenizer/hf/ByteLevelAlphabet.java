package dev.anneal.tokenize.tokenizer.hf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** GPT-2's reversible map between bytes and printable characters, the alphabet of byte-level BPE. */
final class ByteLevelAlphabet {

  /** The character that stands for each byte. */
  private static final char[] BYTE_TO_CHAR = new char[256];
  /** The byte each alphabet character stands for, or -1; alphabet characters are below U+0144. */
  private static final int[] CHAR_TO_BYTE = new int[0x144];

  static {
    java.util.Arrays.fill(CHAR_TO_BYTE, -1);
    int shifted = 0;
    for (int b = 0; b < 256; b++) {
      // Printable Latin-1 bytes stand for themselves; the rest move to U+0100 and up, in order.
      boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
      char c = printable ? (char) b : (char) (256 + shifted++);
      BYTE_TO_CHAR[b] = c;
      CHAR_TO_BYTE[c] = b;
    }
  }

  private ByteLevelAlphabet() {
  }

  /** The alphabet character of byte {@code b} (0..255). */
  static char charOf(int b) {
    return BYTE_TO_CHAR[b & 0xFF];
  }

  /** {@code text}'s UTF-8 bytes spelled in the alphabet. */
  static String encode(String text) {
    // ASCII-only text (the common case) skips the UTF-8 encoder.
    int n = text.length();
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return encodeBytes(withoutLoneSurrogates(text).getBytes(StandardCharsets.UTF_8));
      }
      out[i] = BYTE_TO_CHAR[c];
    }
    return new String(out);
  }

  /**
   * {@code text} with each unpaired surrogate replaced by U+FFFD, as a JavaScript or Python string
   * becomes when handed to the Rust library; Java's UTF-8 encoder would write '?' instead.
   */
  static String withoutLoneSurrogates(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lone = Character.isHighSurrogate(c)
          ? !(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
          : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
      if (lone && sb == null) {
        sb = new StringBuilder(text.substring(0, i));
      }
      if (sb != null) {
        sb.append(lone ? '\uFFFD' : c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static String encodeBytes(byte[] bytes) {
    char[] out = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = BYTE_TO_CHAR[bytes[i] & 0xFF];
    }
    return new String(out);
  }

  /**
   * Appends the bytes {@code token} stands for; a token with a character outside the alphabet
   * (an added token such as {@code <|endoftext|>} is not, but others may be) contributes its own
   * UTF-8 bytes, as the library's ByteLevel decoder does.
   */
  static void decodeInto(String token, ByteArrayOutputStream out) {
    byte[] bytes = new byte[token.length()];
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      int b = c < CHAR_TO_BYTE.length ? CHAR_TO_BYTE[c] : -1;
      if (b < 0) {
        out.writeBytes(token.getBytes(StandardCharsets.UTF_8));
        return;
      }
      bytes[i] = (byte) b;
    }
    out.writeBytes(bytes);
  }

  /** Whether {@code c} is one of the 256 alphabet characters. */
  static boolean contains(char c) {
    return c < CHAR_TO_BYTE.length && CHAR_TO_BYTE[c] >= 0;
  }
}
