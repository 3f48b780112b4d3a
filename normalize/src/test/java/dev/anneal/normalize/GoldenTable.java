package dev.anneal.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the golden test tables (tab-separated, {@code #} comments, one case a line) that the
 * formula and unit tests share, so every table is checked for its field count the same way.
 */
public final class GoldenTable {

  private GoldenTable() {
  }

  /**
   * One data line of a table.
   *
   * @param line   its 1-based line number, for test names
   * @param fields its tab-separated fields
   */
  public record Line(int line, String[] fields) {
  }

  /** The data lines of {@code resource} next to {@code anchor}, each with exactly {@code fields} fields. */
  public static List<Line> read(Class<?> anchor, String resource, int fields) throws IOException {
    List<Line> out = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing next to " + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String text;
      int no = 0;
      while ((text = r.readLine()) != null) {
        no++;
        if (text.startsWith("#") || text.isBlank()) {
          continue;
        }
        String[] f = text.split("\t", -1);
        if (f.length != fields) {
          throw new IllegalStateException(resource + " line " + no + " has " + f.length
              + " fields, not " + fields);
        }
        out.add(new Line(no, f));
      }
    }
    return out;
  }
}
