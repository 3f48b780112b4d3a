package dev.anneal.ingest.simulation.qe;

import dev.anneal.ingest.simulation.TextLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Multi-line blocks of pw.x output: position cards and the force listing. */
final class PwBlocks {

  private PwBlocks() {
  }

  /** Labels and coordinates of a position card, as written (no unit conversion). */
  record Positions(List<String> labels, List<double[]> coords) {
  }

  /** The input ended inside a block: the caller reports the file as cut off. */
  static final class CutOff extends RuntimeException {
    CutOff() {
      super("file ends inside a block", null, false, false);
    }
  }

  static String require(TextLines lines) throws IOException {
    String next = lines.next();
    if (next == null) {
      throw new CutOff();
    }
    return next;
  }

  /**
   * Rows {@code label x y z [if_pos…]} up to a blank line or {@code End final coordinates}; a
   * relaxation writes this card after each BFGS step.
   */
  static Positions positions(TextLines lines) throws IOException {
    List<String> labels = new ArrayList<>();
    List<double[]> coords = new ArrayList<>();
    String row;
    while (!(row = require(lines)).isBlank() && !row.trim().startsWith("End")) {
      String[] f = row.trim().split("\\s+");
      if (f.length < 4) {
        break;
      }
      labels.add(f[0]);
      coords.add(new double[] {TextLines.parse(f[1]), TextLines.parse(f[2]), TextLines.parse(f[3])});
    }
    return new Positions(labels, coords);
  }

  /**
   * The {@code atom N type T force = fx fy fz} rows after {@code Forces acting on atoms}, scaled
   * by {@code factor} (Ry/Bohr to eV/Å).
   */
  static double[][] forces(TextLines lines, double factor) throws IOException {
    List<double[]> out = new ArrayList<>();
    String row = require(lines);
    while (row.isBlank()) {
      row = require(lines);
    }
    while (row.contains("force =")) {
      double[] v = TextLines.numbers(row.substring(row.indexOf('=') + 1));
      out.add(new double[] {v[0] * factor, v[1] * factor, v[2] * factor});
      row = require(lines);
    }
    return out.toArray(new double[0][]);
  }
}
