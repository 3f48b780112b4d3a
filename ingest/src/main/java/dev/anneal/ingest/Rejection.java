package dev.anneal.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rejected input or record: bad input is data, kept in {@code raw/quarantine} with a stable
 * reason code, a human message and where in the input the problem was found.
 *
 * @param sourceUri the file (or archive member) the input came from
 * @param stage     the pipeline stage that rejected it, e.g. {@code ingest}
 * @param reason    a stable, dotted reason code such as {@code cif.unterminated_quote}
 * @param message   what is wrong, for a person
 * @param location  where: {@code line 12}, {@code offset 4096}, or "" for the whole file
 * @param sample    the first bytes of the offending input, printable, at most {@link #SAMPLE_CHARS}
 */
public record Rejection(String sourceUri, String stage, String reason, String message,
                        String location, String sample) {

  /** The longest sample kept, so a quarantine row never carries a whole file. */
  public static final int SAMPLE_CHARS = 200;

  public Rejection {
    Objects.requireNonNull(sourceUri, "sourceUri");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    message = message == null ? "" : message;
    location = location == null ? "" : location;
    sample = printable(sample == null ? "" : sample);
  }

  /** A rejection at ingest, located by line number (1-based; 0 means the whole file). */
  public static Rejection atLine(SourceFile file, String reason, String message, int line,
                                 String sample) {
    return new Rejection(file.uri(), "ingest", reason, message, line > 0 ? "line " + line : "",
        sample);
  }

  /** A rejection of a whole file at ingest, with the first bytes of the file as the sample. */
  public static Rejection ofFile(SourceFile file, String reason, String message, byte[] head) {
    String sample = head == null ? ""
        : new String(head, 0, Math.min(head.length, SAMPLE_CHARS), StandardCharsets.ISO_8859_1);
    return new Rejection(file.uri(), "ingest", reason, message, "", sample);
  }

  /** Keeps a sample readable in any viewer: control characters become {@code \xNN} escapes. */
  static String printable(String raw) {
    StringBuilder out = new StringBuilder(Math.min(raw.length(), SAMPLE_CHARS));
    for (int i = 0; i < raw.length() && out.length() < SAMPLE_CHARS; i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && !Character.isISOControl(c))) {
        out.append(c);
      } else {
        out.append(String.format("\\x%02x", (int) c & 0xff));
      }
    }
    return out.toString();
  }
}
