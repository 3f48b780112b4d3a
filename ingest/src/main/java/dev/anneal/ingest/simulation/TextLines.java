package dev.anneal.ingest.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-by-line reading of a text output with the current line number, plus number scanning
 * that copes with Fortran's habits (fields glued together by a minus sign, {@code D} exponents,
 * {@code ****} overflow). Reads ISO-8859-1 so no byte sequence can make decoding fail.
 */
public final class TextLines {

  /** A number; a leading minus may touch the previous field, as in {@code 1.000-2.000}. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[EeDd][-+]?\\d+)?|\\*{2,}");

  private final Reader reader;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private final StringBuilder pending = new StringBuilder();
  private int lineNumber;
  private String last;
  private boolean lastTerminated = true;

  public TextLines(InputStream in) {
    // No close(): the caller owns the stream; a reader over it needs no closing of its own.
    this.reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1);
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
  public String next() throws IOException {
    String line = readLine();
    if (line != null) {
      lineNumber++;
      last = line;
    }
    return line;
  }

  /**
   * Whether the last line returned ended with a newline. A cut-off file usually ends inside a
   * line, whose numbers may then be silently shortened ({@code 1.0505} → {@code 1.0}).
   */
  public boolean lastLineTerminated() {
    return lastTerminated;
  }

  private String readLine() throws IOException {
    pending.setLength(0);
    while (true) {
      if (pos >= limit) {
        limit = reader.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (pending.length() == 0) {
            return null;
          }
          lastTerminated = false;
          return pending.toString();
        }
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      if (pos < limit) {
        int end = pos;
        pos++;
        pending.append(buf, start, end - start);
        int len = pending.length();
        if (len > 0 && pending.charAt(len - 1) == '\r') {
          pending.setLength(len - 1);
        }
        lastTerminated = true;
        return pending.toString();
      }
      pending.append(buf, start, pos - start);
    }
  }

  /**
   * After a read failed on the current line: true when no line follows, i.e. the fault is the
   * cut-off last line of a truncated file rather than bad content. Consumes a line if there is one.
   */
  public boolean failedOnLastLine() throws IOException {
    return readLine() == null;
  }

  /** The 1-based number of the line last returned (0 before the first). */
  public int lineNumber() {
    return lineNumber;
  }

  /** The last line returned, or "" before the first. */
  public String lastLine() {
    return last == null ? "" : last;
  }

  /** Every number in {@code s}, in order; overflow fields ({@code ***}) become NaN. */
  public static double[] numbers(String s) {
    List<Double> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      out.add(parse(m.group()));
    }
    double[] arr = new double[out.size()];
    for (int i = 0; i < arr.length; i++) {
      arr[i] = out.get(i);
    }
    return arr;
  }

  /** One Fortran number: {@code 1.5D-3} → 0.0015, asterisks → NaN. */
  public static double parse(String token) {
    if (token.startsWith("**")) {
      return Double.NaN;
    }
    return Double.parseDouble(token.replace('D', 'E').replace('d', 'e'));
  }

  /** The first number after {@code key} in {@code line} (e.g. after "NELM   ="), or NaN. */
  public static double after(String line, String key) {
    int at = line.indexOf(key);
    if (at < 0) {
      return Double.NaN;
    }
    Matcher m = NUMBER.matcher(line);
    return m.find(at + key.length()) ? parse(m.group()) : Double.NaN;
  }
}
