package dev.anneal.ingest.detect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognizes UTF-16 text (by its byte-order mark, or by the zero byte beside every ASCII
 * character) so that it is read as the text it is rather than refused as binary for its NULs.
 */
public final class TextEncodings {

  private TextEncodings() {
  }

  /** The UTF-16 variant {@code head} is written in, if it is UTF-16 text. */
  public static Optional<Charset> utf16(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (length < 16) {
      return Optional.empty();
    }
    int evenZero = 0;
    int oddZero = 0;
    int pairs = length / 2;
    for (int i = 0; i + 1 < length; i += 2) {
      evenZero += head[i] == 0 ? 1 : 0;
      oddZero += head[i + 1] == 0 ? 1 : 0;
    }
    // ASCII-range text in UTF-16 has a zero in (nearly) every pair, always on the same side.
    if (evenZero * 10 >= pairs * 9 && oddZero * 20 < pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (oddZero * 10 >= pairs * 9 && evenZero * 20 < pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** {@code bytes} in {@code charset} as UTF-8, without a byte-order mark. */
  public static byte[] toUtf8(byte[] bytes, Charset charset) {
    int skip = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
        || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) ? 2 : 0;
    return new String(bytes, skip, bytes.length - skip, charset).getBytes(StandardCharsets.UTF_8);
  }
}
