package dev.anneal.ingest.detect;

import dev.anneal.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Decides a file's format from its name and its first bytes. Content wins over a misleading
 * extension where it is unambiguous: NUL bytes mean binary, whatever the name says.
 */
public final class FormatDetector {

  /** How many leading bytes are inspected. */
  public static final int HEAD_BYTES = 8192;

  private static final Map<String, Format> BY_EXTENSION = Map.of(
      "cif", Format.CIF,
      "mmcif", Format.CIF,
      "md", Format.MARKDOWN,
      "markdown", Format.MARKDOWN,
      "txt", Format.TEXT,
      "text", Format.TEXT);

  /** The format of {@code file}, judged from its name and {@code head}, its first bytes. */
  public Format detect(SourceFile file, byte[] head, int headLength) {
    if (isBlank(head, headLength)) {
      return Format.EMPTY;
    }
    if (looksBinary(head, headLength)) {
      return Format.BINARY;
    }
    Format byName = BY_EXTENSION.get(file.extension());
    if (byName != null) {
      return byName;
    }
    String text = new String(head, 0, headLength, StandardCharsets.UTF_8);
    if (text.matches("(?s)(?:\\s*#[^\\n]*\\n)*\\s*data_\\S.*")) {
      return Format.CIF;
    }
    return Format.UNSUPPORTED;
  }

  private static boolean isBlank(byte[] head, int length) {
    for (int i = 0; i < length; i++) {
      byte b = head[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Binary if it has a NUL byte, or if more than one byte in ten is a control character other
   * than whitespace (text in any 8-bit encoding has almost none).
   */
  private static boolean looksBinary(byte[] head, int length) {
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1a) {
        control++;
      }
    }
    return control * 10 > length;
  }
}
