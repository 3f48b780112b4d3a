package dev.anneal.ingest.lablog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits delimited text (RFC 4180 quoting, any of {@code , ; TAB |}) into rows of cells, each
 * with the line it starts on; quoted cells may span lines and hold doubled quotes.
 */
public final class DelimitedText {

  /** One row of cells and the 1-based line it starts on. */
  public record Row(int line, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** Whether every cell is blank (a blank line or a line of bare delimiters). */
    public boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  private static final char[] CANDIDATES = {',', ';', '\t', '|'};

  private DelimitedText() {
  }

  /**
   * The delimiter of {@code text}: the candidate that splits most of the first non-blank lines
   * into the same number of cells (more than one); a comma when nothing splits.
   */
  public static char detectDelimiter(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r\n|\n|\r", 40)) {
      if (!line.isBlank()) {
        lines.add(line);
      }
      if (lines.size() == 20) {
        break;
      }
    }
    char best = ',';
    double bestScore = 0;
    for (char c : CANDIDATES) {
      // The most common non-zero count of this delimiter per line, and how many lines have it:
      // a title or comment line before the header does not spoil the vote.
      java.util.Map<Integer, Integer> votes = new java.util.HashMap<>();
      for (String line : lines) {
        int n = countOutsideQuotes(line, c);
        if (n > 0) {
          votes.merge(n, 1, Integer::sum);
        }
      }
      for (java.util.Map.Entry<Integer, Integer> v : votes.entrySet()) {
        // Lines that agree matter most; more cells break ties (a header "a;b,c").
        double score = v.getValue() * 1000.0 + v.getKey();
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char delimiter) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        n++;
      }
    }
    return n;
  }

  /**
   * All rows of {@code text}, blank ones included (the caller decides what they mean), split by
   * Commons CSV with RFC 4180 quoting; each row keeps the line it starts on. A quote left open
   * at the end of the file keeps what it holds rather than losing the row.
   */
  public static List<Row> split(String text, char delimiter) {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setTrailingDelimiter(false)
        .build();
    List<Row> rows = new ArrayList<>();
    long nextLine = 1;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        rows.add(new Row((int) nextLine, record.toList()));
        nextLine = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // Commons CSV refuses a quoted cell that never closes. The rows before it are kept and
      // the rest of the file becomes one row of one cell, so the reader rejects it with its
      // line instead of the text vanishing.
      String[] lines = text.split("\r\n|\r|\n", -1);
      int from = (int) Math.min(Math.max(nextLine - 1, 0), lines.length);
      rows.add(new Row((int) nextLine,
          List.of(String.join("\n", java.util.Arrays.asList(lines).subList(from, lines.length)))));
    }
    return rows;
  }
}
