package dev.anneal.ingest.lablog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text export: UTF-8 with or without a byte-order mark, and windows-1252
 * when the bytes are not valid UTF-8 (old spreadsheet exports), which is reported as a warning.
 */
public final class TextDecoder {

  /** The decoded text and the charset that decoded it. */
  public record Decoded(String text, String charset, boolean fellBack) {
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {
  }

  /** Decodes {@code bytes}; never fails, since windows-1252 maps (almost) every byte. */
  public static Decoded decode(byte[] bytes) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
      return new Decoded(text, "UTF-8", false);
    } catch (CharacterCodingException e) {
      // Not UTF-8: an Excel export in the Windows code page is by far the likeliest source;
      // its five undefined bytes decode to U+FFFD instead of failing.
      return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252", true);
    }
  }
}
