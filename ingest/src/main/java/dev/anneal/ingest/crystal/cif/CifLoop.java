package dev.anneal.ingest.crystal.cif;

import java.util.List;

/**
 * One {@code loop_}: its tags (lower case) and its values row by row.
 *
 * @param tags   the looped tags, lower case, in the order written
 * @param values the values, row-major: row r, column c is at {@code r * tags.size() + c}
 * @param line   the line of {@code loop_}
 */
public record CifLoop(List<String> tags, List<CifValue> values, int line) {

  /** The number of rows (packets). */
  public int rows() {
    return values.size() / tags.size();
  }

  /** The column of {@code tag} (lower case), or -1. */
  public int column(String tag) {
    return tags.indexOf(tag);
  }

  /** The value at {@code row}, {@code column}. */
  public CifValue get(int row, int column) {
    return values.get(row * tags.size() + column);
  }
}
