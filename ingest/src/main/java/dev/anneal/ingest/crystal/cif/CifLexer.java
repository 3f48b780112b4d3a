package dev.anneal.ingest.crystal.cif;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CIF 1.1 text into tokens, one at a time, keeping line numbers. Follows the CIF 1.1 rules
 * that line-based readers get wrong: a quote closes a quoted value only when whitespace (or the
 * end) follows it, so {@code 'O'Brien'} is one value; a semicolon opens or closes a text field
 * only at the start of a line; {@code #} starts a comment only at the start of a token.
 *
 * <p>Damage that has one sensible reading is repaired and recorded in {@link #warnings()}: a
 * quote left open at the end of a line ends there.
 */
public final class CifLexer {

  private final String s;
  private final int end;
  private int pos;
  private int line = 1;
  private final List<String> warnings = new ArrayList<>();

  private CifToken type;
  private String text;
  private boolean quoted;
  private int tokenLine;
  private int lastRepairedQuoteLine;

  /** A lexer over {@code text}, ignoring everything from {@code end} on. */
  public CifLexer(String text, int end) {
    this.s = text;
    this.end = end;
  }

  /** Reads the next token; its kind, text and line are then available. */
  public CifToken next() throws CifSyntaxException {
    skipSpaceAndComments();
    tokenLine = line;
    quoted = false;
    if (pos >= end) {
      text = "";
      return type = CifToken.EOF;
    }
    char c = s.charAt(pos);
    if (c == ';' && atLineStart(pos)) {
      return textField();
    }
    if (c == '\'' || c == '"') {
      return quotedValue(c);
    }
    int start = pos;
    while (pos < end && !isSpace(s.charAt(pos))) {
      pos++;
    }
    text = s.substring(start, pos);
    return type = classify(c);
  }

  /** The kind of the current token. */
  public CifToken type() {
    return type;
  }

  /**
   * The current token's text: the value without delimiters, the tag as written, or the block or
   * frame name after {@code data_} / {@code save_}.
   */
  public String text() {
    return text;
  }

  /** Whether the current value was quoted or a text field. */
  public boolean quoted() {
    return quoted;
  }

  /** The 1-based line the current token starts on. */
  public int line() {
    return tokenLine;
  }

  /** The line of the latest quote repaired at an end of line, 0 if none; a likely root cause. */
  public int lastRepairedQuoteLine() {
    return lastRepairedQuoteLine;
  }

  /** Repairs made so far, each starting with its reason code. */
  public List<String> warnings() {
    return warnings;
  }

  /** Skips to the next token that starts a data block, for recovery after a fault. */
  public void skipToNextBlock() throws CifSyntaxException {
    while (type != CifToken.DATA && type != CifToken.EOF) {
      try {
        next();
      } catch (CifSyntaxException e) {
        if (e.reason().equals("cif.unterminated_text_field")) {
          throw e;
        }
      }
    }
  }

  private CifToken classify(char first) {
    if (first == '_') {
      return CifToken.TAG;
    }
    int n = text.length();
    if (n >= 5 && (first | 0x20) == 'd' && text.regionMatches(true, 0, "data_", 0, 5)) {
      text = text.substring(5);
      return CifToken.DATA;
    }
    if (n >= 5 && (first | 0x20) == 'l' && text.equalsIgnoreCase("loop_")) {
      return CifToken.LOOP;
    }
    if (n >= 5 && (first | 0x20) == 's' && text.regionMatches(true, 0, "save_", 0, 5)) {
      text = text.substring(5);
      return text.isEmpty() ? CifToken.SAVE_END : CifToken.SAVE;
    }
    if ((first | 0x20) == 'g' && text.equalsIgnoreCase("global_")
        || (first | 0x20) == 's' && text.equalsIgnoreCase("stop_")) {
      return CifToken.RESERVED;
    }
    return CifToken.VALUE;
  }

  private CifToken quotedValue(char q) {
    int start = pos + 1;
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (c == q && (i + 1 >= end || isSpace(s.charAt(i + 1)))) {
        text = s.substring(start, i);
        pos = i + 1;
        quoted = true;
        return type = CifToken.VALUE;
      }
      if (c == '\n' || c == '\r') {
        break;
      }
      i++;
    }
    int close = i < end ? continuedQuote(q, i) : -1;
    if (close >= 0) {
      // A title or name that a writer wrapped over lines inside one pair of quotes (CIF 1.1
      // forbids it; pymatgen and COD's parser read on): one value, its line breaks kept.
      String raw = s.substring(start, close);
      for (int k = 0; k < raw.length(); k++) {
        char c = raw.charAt(k);
        if (c == '\n' || c == '\r' && !(k + 1 < raw.length() && raw.charAt(k + 1) == '\n')) {
          line++;
        }
      }
      text = raw.indexOf('\r') >= 0 ? raw.replace("\r\n", "\n").replace('\r', '\n') : raw;
      pos = close + 1;
      quoted = true;
      warnings.add("cif.multiline_quote_joined line " + tokenLine + ": a " + q
          + "-quoted value continues to line " + line + "; read as one value");
      return type = CifToken.VALUE;
    }
    // Left open: CIF 1.1 forbids it, but the value can only have meant the rest of the line.
    int stop = i;
    while (stop > start && isSpace(s.charAt(stop - 1))) {
      stop--;
    }
    text = s.substring(start, stop);
    pos = i;
    quoted = true;
    lastRepairedQuoteLine = tokenLine;
    warnings.add("cif.unterminated_quote_repaired line " + tokenLine
        + ": a " + q + "-quoted value runs to the end of the line; closed there");
    return type = CifToken.VALUE;
  }

  /** Lines a quoted value may run on over; a longer one is a quote left open by mistake. */
  private static final int MAX_QUOTE_LINES = 8;

  /**
   * Where a quote left open at the line break {@code nl} closes on a following line: a
   * {@code q} followed by whitespace or the end, on one of the next {@link #MAX_QUOTE_LINES}
   * lines, none of which may be blank or start a tag, a loop, a block, a text field or a
   * comment (those show the quote was simply never closed). -1 when there is no such close.
   */
  private int continuedQuote(char q, int nl) {
    int i = nl;
    for (int n = 0; n < MAX_QUOTE_LINES && i < end; n++) {
      i += s.charAt(i) == '\r' && i + 1 < end && s.charAt(i + 1) == '\n' ? 2 : 1;
      int lineEnd = nextLineBreak(i);
      String lineText = s.substring(i, lineEnd);
      String trimmed = lineText.strip();
      if (trimmed.isEmpty() || trimmed.charAt(0) == '_' || trimmed.charAt(0) == '#'
          || (i < end && s.charAt(i) == ';') || trimmed.regionMatches(true, 0, "loop_", 0, 5)
          || trimmed.regionMatches(true, 0, "data_", 0, 5)
          || trimmed.regionMatches(true, 0, "save_", 0, 5)) {
        return -1;
      }
      for (int j = i; j < lineEnd; j++) {
        if (s.charAt(j) == q && (j + 1 >= end || isSpace(s.charAt(j + 1)))) {
          return j;
        }
      }
      i = lineEnd;
    }
    return -1;
  }

  private CifToken textField() throws CifSyntaxException {
    int start = pos + 1;
    int i = start;
    while (true) {
      int nl = nextLineBreak(i);
      if (nl >= end) {
        pos = end;
        throw new CifSyntaxException("cif.unterminated_text_field",
            "text field opened with ';' is never closed by a line starting with ';'", tokenLine);
      }
      int next = nl + (s.charAt(nl) == '\r' && nl + 1 < end && s.charAt(nl + 1) == '\n' ? 2 : 1);
      line++;
      if (next < end && s.charAt(next) == ';') {
        String raw = s.substring(start, nl);
        text = raw.indexOf('\r') >= 0 ? raw.replace("\r\n", "\n").replace('\r', '\n') : raw;
        pos = next + 1;
        quoted = true;
        return type = CifToken.VALUE;
      }
      i = next;
    }
  }

  private int nextLineBreak(int from) {
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return end;
  }

  private void skipSpaceAndComments() {
    while (pos < end) {
      char c = s.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (c == '\r') {
        line++;
        pos++;
        if (pos < end && s.charAt(pos) == '\n') {
          pos++;
        }
      } else if (c == ' ' || c == '\t' || c == '\f' || c == 0x0b) {
        pos++;
      } else if (c == '#') {
        while (pos < end && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private boolean atLineStart(int at) {
    return at == 0 || s.charAt(at - 1) == '\n' || s.charAt(at - 1) == '\r';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }

  /** The text of 1-based {@code lineNo}, for rejection samples. */
  public String lineText(int lineNo) {
    return lineText(s, end, lineNo);
  }

  /** The text of 1-based {@code lineNo} in {@code s} up to {@code end}. */
  static String lineText(String s, int end, int lineNo) {
    int l = 1;
    int i = 0;
    while (l < lineNo && i < end) {
      char c = s.charAt(i++);
      if (c == '\n' || c == '\r' && !(i < end && s.charAt(i) == '\n')) {
        l++;
      }
    }
    int stop = i;
    while (stop < end && s.charAt(stop) != '\n' && s.charAt(stop) != '\r') {
      stop++;
    }
    return s.substring(i, stop);
  }
}
