package dev.anneal.ingest.lablog;

import java.util.ArrayList;
import java.util.List;

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

  /** All rows of {@code text}, blank ones included (the caller decides what they mean). */
  public static List<Row> split(String text, char delimiter) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
        continue;
      }
      if (c == '"' && cell.toString().isBlank()) {
        // A quote opens a quoted cell only at its start (spaces before it are dropped).
        cell.setLength(0);
        quoted = true;
        any = true;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        rows.add(new Row(rowLine, cells));
        cells = new ArrayList<>();
        cell.setLength(0);
        any = false;
        line++;
        rowLine = line;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (any || cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new Row(rowLine, cells));
    }
    return rows;
  }
}
