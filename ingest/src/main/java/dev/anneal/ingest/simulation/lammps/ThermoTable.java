package dev.anneal.ingest.simulation.lammps;

import dev.anneal.ingest.fault.FileBudget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thermo output of one LAMMPS run as growing numeric columns, one value per printed row.
 * Columns are kept as primitive arrays (doubled on demand) so a long MD log costs 8 bytes a value.
 */
final class ThermoTable {

  private final List<String> names = new ArrayList<>();
  private final List<double[]> columns = new ArrayList<>();
  private int rows;

  /** The index of column {@code name}, adding it (NaN in earlier rows) when new. */
  int column(String name) {
    int at = names.indexOf(name);
    if (at >= 0) {
      return at;
    }
    names.add(name);
    double[] col = new double[Math.max(16, rows + 1)];
    Arrays.fill(col, Double.NaN);
    columns.add(col);
    return names.size() - 1;
  }

  /** Declares the columns of a one-line table header, renaming repeats ({@code c_1}, {@code c_1#2}). */
  void header(List<String> header) {
    for (String name : header) {
      String unique = name;
      for (int k = 2; names.contains(unique); k++) {
        unique = name + "#" + k;
      }
      column(unique);
    }
  }

  List<String> names() {
    return names;
  }

  int rows() {
    return rows;
  }

  /** Appends a row; values are by column index, a missing trailing value becomes NaN. */
  void add(double[] values) {
    FileBudget.step();
    for (int c = 0; c < columns.size(); c++) {
      double[] col = columns.get(c);
      if (rows >= col.length) {
        col = Arrays.copyOf(col, col.length * 2);
        Arrays.fill(col, rows, col.length, Double.NaN);
        columns.set(c, col);
      }
      col[rows] = c < values.length ? values[c] : Double.NaN;
    }
    rows++;
  }

  /** The columns trimmed to the row count, in header order. */
  Map<String, double[]> series() {
    Map<String, double[]> out = new LinkedHashMap<>();
    for (int c = 0; c < names.size(); c++) {
      out.put(names.get(c), Arrays.copyOf(columns.get(c), rows));
    }
    return out;
  }

  /** A thermo value: LAMMPS prints {@code nan}, {@code -nan} and {@code inf} as such. */
  static double value(String token) {
    try {
      return Double.parseDouble(token);
    } catch (NumberFormatException e) {
      String t = token.toLowerCase(java.util.Locale.ROOT);
      if (t.endsWith("nan")) {
        return Double.NaN;
      }
      if (t.endsWith("inf")) {
        return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      throw e;
    }
  }

  /** True when every token reads as a thermo value. */
  static boolean numeric(String[] tokens) {
    for (String t : tokens) {
      try {
        value(t);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return tokens.length > 0;
  }
}
