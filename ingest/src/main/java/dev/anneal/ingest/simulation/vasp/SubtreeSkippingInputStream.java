package dev.anneal.ingest.simulation.vasp;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Drops whole elements with given names from an XML byte stream before the XML parser sees them,
 * keeping their line breaks, so a parser that would only skip them anyway does not have to lex
 * them; line numbers reported by the parser stay those of the file.
 *
 * <p>In a vasprun.xml the eigenvalues and DOS blocks are most of the bytes and nothing of them is
 * read. A byte scan finds their end tag many times faster than an XML lexer tokenizes the
 * {@code <r>} rows in between; the price is that the dropped bytes are not checked for
 * well-formedness. Works on the bytes of ASCII-compatible encodings (UTF-8, ISO-8859-1, ASCII),
 * where a {@code '<'} byte is always the character; anything else (a UTF-16 byte order mark or
 * NUL bytes at the start, a DOCTYPE) turns the filter off for the rest of the stream. Comments,
 * CDATA sections and processing instructions are passed or dropped whole, never searched for
 * tags. Same-name nesting is counted. An input that ends inside a dropped element just ends.
 */
final class SubtreeSkippingInputStream extends InputStream {

  private static final int PASS = 0;
  private static final int PASS_ALL = 1;
  private static final int PASS_UNTIL = 2;
  private static final int SKIP_START_TAG = 3;
  private static final int SKIP_BODY = 4;
  private static final int SKIP_END_TAG = 5;
  private static final int SKIP_UNTIL = 6;

  /** Eight bytes at a time (SWAR): a word has a byte equal to b where hasByte is non-zero. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LT = '<' * ONES;
  private static final long LF = '\n' * ONES;
  private static final long CR = '\r' * ONES;

  private static final byte[] COMMENT_END = ascii("-->");
  private static final byte[] CDATA_END = ascii("]]>");
  private static final byte[] PI_END = ascii("?>");

  private final InputStream in;
  private final byte[][] names;
  private final int lookahead;
  private final boolean[] interesting;
  private final long[] interestingWords;
  private final byte[] buf = new byte[1 << 14];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean started;

  private int state = PASS;
  private byte[] skipping;
  private int depth;
  private byte quote;
  private boolean slash;
  private byte[] until;
  private int untilMatched;

  /** Which elements to drop, prepared once: the tables the scan uses. */
  static final class Names {
    private final byte[][] names;
    private final int lookahead;
    /** Bytes after a '<' that may start something the filter must look at: names, '!', '?'. */
    private final boolean[] interesting = new boolean[256];
    /** The interesting bytes, each repeated in a word, for the eight-bytes-at-a-time scan. */
    private final long[] interestingWords;

    /** Element names (ASCII) whose elements are dropped with their content. */
    Names(List<String> names) {
      this.names = names.stream().map(SubtreeSkippingInputStream::ascii).toArray(byte[][]::new);
      int longest = 0;
      for (byte[] n : this.names) {
        longest = Math.max(longest, n.length);
        interesting[n[0] & 0xff] = true;
      }
      interesting['!'] = true;
      interesting['?'] = true;
      int count = 0;
      for (boolean b : interesting) {
        count += b ? 1 : 0;
      }
      interestingWords = new long[count];
      for (int b = 0, k = 0; b < 256; b++) {
        if (interesting[b]) {
          interestingWords[k++] = b * ONES;
        }
      }
      // "</" + name + one delimiter, or "<![CDATA[".
      this.lookahead = Math.max(longest + 3, 9);
    }
  }

  /** Drops every element named in {@code names} (and its content) from {@code in}. */
  SubtreeSkippingInputStream(InputStream in, Names names) {
    this.in = in;
    this.names = names.names;
    this.lookahead = names.lookahead;
    this.interesting = names.interesting;
    this.interestingWords = names.interestingWords;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    do {
      n = read(one, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] scratch = new byte[(int) Math.min(n, 8192)];
    long done = 0;
    while (done < n) {
      int k = read(scratch, 0, (int) Math.min(n - done, scratch.length));
      if (k < 0) {
        break;
      }
      done += k;
    }
    return done;
  }

  @Override
  public int read(byte[] out, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int total = 0;
    while (total < len) {
      if (pos == lim) {
        if (total > 0) {
          break;  // hand over what is ready rather than wait for more input
        }
        if (!fill()) {
          return -1;
        }
      }
      if (!started) {
        started = true;
        if (!asciiCompatible()) {
          state = PASS_ALL;
        }
      }
      total += switch (state) {
        case PASS_ALL -> copy(out, off + total, len - total, lim);
        case PASS -> pass(out, off + total, len - total);
        case PASS_UNTIL -> passUntil(out, off + total, len - total);
        default -> skip(out, off + total, len - total);
      };
    }
    return total;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Copies buf[pos, end) (at most len bytes) to out. */
  private int copy(byte[] out, int off, int len, int end) {
    int n = Math.min(len, end - pos);
    System.arraycopy(buf, pos, out, off, n);
    pos += n;
    return n;
  }

  /** Outside dropped elements: copies up to the next '<' and decides at each one. */
  private int pass(byte[] out, int off, int len) throws IOException {
    int end = Math.min(lim, pos + len);
    int i = pos;
    // Most tags (<i>, </v>, ...) are told apart by the byte after '<': copy them in bulk.
    while (i < end) {
      if (i + 8 <= end && i + 9 <= lim) {
        // Without a branch per tag: the '<' bytes of the word whose next byte is interesting.
        // Most words of numbers and text hold no '<' at all: those cost one test.
        long lt = equalBytes((long) LONGS.get(buf, i), LT);
        if (lt == 0) {
          i += 8;
          continue;
        }
        long next = (long) LONGS.get(buf, i + 1);
        long wanted = 0;
        for (long w : interestingWords) {
          wanted |= equalBytes(next, w);
        }
        long found = lt & wanted;
        if (found == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(found) >>> 3;
        break;
      } else if (buf[i] != '<') {
        i++;
        continue;
      }
      if (i + 1 < lim && !interesting[buf[i + 1] & 0xff]) {
        i++;
        continue;
      }
      break;
    }
    if (i > pos) {
      return copy(out, off, len, i);
    }
    // At a '<' at pos, with room for at least one byte in out.
    if (!ensure(lookahead)) {
      state = PASS_ALL;  // a cut-off tag at the very end: hand it to the parser as it is
      return 0;
    }
    byte next = buf[pos + 1];
    if (next == '!') {
      if (startsWith("<!--")) {
        untilMatch(COMMENT_END, PASS_UNTIL);
        return copy(out, off, len, pos + 4);
      } else if (startsWith("<![CDATA[")) {
        untilMatch(CDATA_END, PASS_UNTIL);
        return copy(out, off, len, pos + 9);
      }
      state = PASS_ALL;  // a DOCTYPE: its internal subset is not ours to scan
      return 0;
    }
    if (next == '?') {
      untilMatch(PI_END, PASS_UNTIL);
      return copy(out, off, len, pos + 2);
    }
    byte[] name = dropped(pos + 1);
    if (name != null) {
      skipping = name;
      depth = 1;
      pos += 1 + name.length;
      startTag();
      return 0;
    }
    return copy(out, off, len, pos + 1);
  }

  /** Inside a comment, CDATA section or PI that is passed: copies up to its terminator. */
  private int passUntil(byte[] out, int off, int len) {
    int end = Math.min(lim, pos + len);
    int i = pos;
    while (i < end) {
      byte b = buf[i++];
      if (advanceUntil(b)) {
        state = PASS;
        break;
      }
    }
    return copy(out, off, len, i);
  }

  /** Inside a dropped element: consumes bytes, writing out only CR and LF. */
  private int skip(byte[] out, int off, int len) throws IOException {
    int n = 0;
    while (n < len && pos < lim && state != PASS) {
      if (state == SKIP_BODY) {
        int i = pos;
        byte first = skipping[0];
        while (i < lim) {
          if (i + 8 <= lim) {
            long w = (long) LONGS.get(buf, i);
            long found = hasByte(w, LT) | hasByte(w, LF) | hasByte(w, CR);
            if (found == 0) {
              i += 8;
              continue;
            }
            i += Long.numberOfTrailingZeros(found) >>> 3;
          }
          byte c = buf[i];
          if (c == '<') {
            // Fast path for the common rows (<r>, </r>): neither our name nor '!' or '?'.
            if (lim - i >= lookahead) {
              byte next = buf[i + 1];
              if (next == '/' ? buf[i + 2] != first : next != first && next != '!' && next != '?') {
                i++;
                continue;
              }
            }
            break;
          }
          if (c == '\n' || c == '\r') {
            if (n == len) {
              break;
            }
            out[off + n++] = c;
          }
          i++;
        }
        pos = i;
        if (pos < lim && buf[pos] == '<') {
          markup();
        }
        continue;
      }
      byte b = buf[pos++];
      if (b == '\n' || b == '\r') {
        out[off + n++] = b;
      }
      switch (state) {
        case SKIP_START_TAG -> {
          if (quote != 0) {
            if (b == quote) {
              quote = 0;
            }
          } else if (b == '"' || b == '\'') {
            quote = b;
          } else if (b == '>') {
            if (slash) {
              depth--;
            }
            state = depth == 0 ? PASS : SKIP_BODY;
          }
          slash = b == '/';
        }
        case SKIP_END_TAG -> {
          if (b == '>') {
            depth--;
            state = depth == 0 ? PASS : SKIP_BODY;
          }
        }
        default -> {
          if (advanceUntil(b)) {
            state = SKIP_BODY;
          }
        }
      }
    }
    return n;
  }

  /** At a '<' inside a dropped element: a nested start or end tag of its name, or other markup. */
  private void markup() throws IOException {
    // Fewer bytes than that only at the end of the input: the matches below check the bounds.
    ensure(lookahead);
    if (pos + 1 >= lim) {
      pos++;
      return;
    }
    if (buf[pos + 1] == '/' && matchesName(pos + 2, skipping)) {
      pos += 2 + skipping.length;
      state = SKIP_END_TAG;
    } else if (matchesName(pos + 1, skipping)) {
      depth++;
      pos += 1 + skipping.length;
      startTag();
    } else if (startsWith("<!--")) {
      pos += 4;
      untilMatch(COMMENT_END, SKIP_UNTIL);
    } else if (startsWith("<![CDATA[")) {
      pos += 9;
      untilMatch(CDATA_END, SKIP_UNTIL);
    } else if (buf[pos + 1] == '?') {
      pos += 2;
      untilMatch(PI_END, SKIP_UNTIL);
    } else {
      pos++;
    }
  }

  /**
   * Non-zero when a byte of {@code word} equals the byte repeated in {@code pattern}; the lowest
   * set bit is in the first such byte (bits above it may be false alarms, never below).
   */
  private static long hasByte(long word, long pattern) {
    long x = word ^ pattern;
    return (x - ONES) & ~x & HIGHS;
  }

  /** The high bit of each byte of {@code word} that equals the byte repeated in {@code pattern}. */
  private static long equalBytes(long word, long pattern) {
    long x = word ^ pattern;
    long low7 = 0x7F7F7F7F7F7F7F7FL;
    return ~(((x & low7) + low7) | x | low7);
  }

  private void startTag() {
    state = SKIP_START_TAG;
    quote = 0;
    slash = false;
  }

  private void untilMatch(byte[] terminator, int next) {
    until = terminator;
    untilMatched = 0;
    state = next;
  }

  /** Feeds one byte to the terminator search; true once the terminator is complete. */
  private boolean advanceUntil(byte b) {
    if (b == until[untilMatched]) {
      untilMatched++;
    } else {
      // The terminators' only self-overlap is a repeated first byte ("--->", "]]]>").
      untilMatched = b == until[0] ? (untilMatched > 0 && until[0] == until[1] ? untilMatched : 1)
          : 0;
    }
    return untilMatched == until.length;
  }

  /** The dropped name that starts at buf[at] and is followed by a delimiter, or null. */
  private byte[] dropped(int at) {
    for (byte[] n : names) {
      if (matchesName(at, n)) {
        return n;
      }
    }
    return null;
  }

  private boolean matchesName(int at, byte[] name) {
    if (at + name.length >= lim) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (buf[at + k] != name[k]) {
        return false;
      }
    }
    byte d = buf[at + name.length];
    return d == '>' || d == '/' || d == ' ' || d == '\t' || d == '\n' || d == '\r';
  }

  private boolean startsWith(String s) {
    if (pos + s.length() > lim) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (buf[pos + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the stream starts like an ASCII-compatible XML document (no UTF-16/32 BOM or NULs). */
  private boolean asciiCompatible() throws IOException {
    ensure(4);
    for (int k = pos; k < Math.min(lim, pos + 4); k++) {
      if (buf[k] == 0 || buf[k] == (byte) 0xFE || buf[k] == (byte) 0xFF) {
        return false;
      }
    }
    return true;
  }

  /** Makes at least n bytes available from pos, unless the input ends first. */
  private boolean ensure(int n) throws IOException {
    while (lim - pos < n) {
      if (eof) {
        return false;
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
      }
      int k = in.read(buf, lim, buf.length - lim);
      if (k < 0) {
        eof = true;
      } else {
        lim += k;
      }
    }
    return true;
  }

  /** Refills an empty buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    pos = 0;
    lim = 0;
    while (lim == 0) {
      if (eof) {
        return false;
      }
      int k = in.read(buf, 0, buf.length);
      if (k < 0) {
        eof = true;
      } else {
        lim = k;
      }
    }
    return true;
  }
}
