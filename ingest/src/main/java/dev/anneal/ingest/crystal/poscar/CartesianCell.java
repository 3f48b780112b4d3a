package dev.anneal.ingest.crystal.poscar;

import dev.anneal.ingest.crystal.Lattice;

/**
 * A cell given as three Cartesian row vectors in the file's own orientation, used to turn
 * Cartesian positions into fractional ones before the orientation is discarded.
 *
 * <p>POSCAR, extended XYZ and OPTIMADE all write the lattice as a matrix in whatever orientation
 * the producer chose, while {@link Lattice} keeps only the six parameters. Fractional coordinates
 * do not depend on the orientation, so converting with the file's matrix and then storing
 * {@link Lattice#fromMatrix} is exact. Shared by the three readers; it would sit in the
 * {@code crystal} package if that package were not owned elsewhere.
 */
public final class CartesianCell {

  /** Relative volume below which a cell is taken as degenerate (vectors nearly coplanar). */
  private static final double MIN_RELATIVE_VOLUME = 1e-8;

  private final double[][] rows;
  private final double[][] inverse;

  private CartesianCell(double[][] rows, double[][] inverse) {
    this.rows = rows;
    this.inverse = inverse;
  }

  /**
   * The cell spanned by {@code rows} (Å), or null when the rows are not three finite vectors
   * spanning a volume: a flat or zero cell cannot hold a crystal and cannot be inverted.
   */
  public static CartesianCell of(double[][] rows) {
    if (rows == null || rows.length != 3) {
      return null;
    }
    double[][] m = new double[3][3];
    for (int i = 0; i < 3; i++) {
      if (rows[i] == null || rows[i].length != 3) {
        return null;
      }
      for (int j = 0; j < 3; j++) {
        if (!Double.isFinite(rows[i][j])) {
          return null;
        }
        m[i][j] = rows[i][j];
      }
    }
    double det = determinant(m);
    double scale = norm(m[0]) * norm(m[1]) * norm(m[2]);
    // Finite entries can still overflow in the products (a 1e200 Å vector): such a cell has no
    // meaningful volume or angles, so it is refused here rather than failing downstream.
    if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(det)
        || Math.abs(det) < MIN_RELATIVE_VOLUME * scale) {
      return null;
    }
    double[][] inv = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        // inverse = adjugate / det; the adjugate is the transposed cofactor matrix
        int r1 = (j + 1) % 3;
        int r2 = (j + 2) % 3;
        int c1 = (i + 1) % 3;
        int c2 = (i + 2) % 3;
        inv[i][j] = (m[r1][c1] * m[r2][c2] - m[r1][c2] * m[r2][c1]) / det;
      }
    }
    return new CartesianCell(m, inv);
  }

  /** The determinant of a 3×3 matrix: the signed volume of the cell its rows span. */
  public static double determinant(double[][] m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }

  /** The cell volume in Å³. */
  public double volume() {
    return Math.abs(determinant(rows));
  }

  /** The lattice parameters of this cell. */
  public Lattice lattice() {
    return Lattice.fromMatrix(rows);
  }

  /**
   * Fractional coordinates of a Cartesian point: with row vectors, {@code cart = frac · M}, so
   * {@code frac = cart · M⁻¹}. Not wrapped.
   */
  public double[] fractional(double[] cart) {
    double[] out = new double[3];
    for (int j = 0; j < 3; j++) {
      out[j] = cart[0] * inverse[0][j] + cart[1] * inverse[1][j] + cart[2] * inverse[2][j];
    }
    return out;
  }

  /**
   * {@code v} modulo 1 in [0, 1), as {@code Site} requires; the tiny negative rounding case wraps
   * to 0, not to 1.
   */
  public static double wrap(double v) {
    double w = v - Math.floor(v);
    return w >= 1.0 ? 0.0 : w;
  }

  private static double norm(double[] v) {
    return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
  }
}
