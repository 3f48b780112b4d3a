package dev.anneal.ingest.simulation;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.util.ArrayList;
import java.util.List;

/** Turns a lattice matrix and per-atom coordinates from a simulation output into a {@link Structure}. */
public final class CellBuilder {

  private CellBuilder() {
  }

  /**
   * A structure from row lattice vectors (Å) and fractional coordinates, wrapped into [0, 1) as
   * {@link Site} requires.
   */
  public static Structure fromFractional(String uri, String format, String name, double[][] lattice,
                                         List<String> species, List<double[]> fractional) {
    if (species.size() != fractional.size()) {
      throw new IllegalArgumentException(
          species.size() + " species for " + fractional.size() + " positions");
    }
    List<Site> sites = new ArrayList<>(species.size());
    for (int i = 0; i < species.size(); i++) {
      double[] f = fractional.get(i);
      sites.add(new Site(species.get(i), null, 1.0, wrap(f[0]), wrap(f[1]), wrap(f[2]), ""));
    }
    return new Structure(uri, format, name == null ? "" : name, "", Lattice.fromMatrix(lattice),
        sites, "", 0, List.of());
  }

  /** A structure from row lattice vectors and Cartesian coordinates, both in Å. */
  public static Structure fromCartesian(String uri, String format, String name, double[][] lattice,
                                        List<String> species, List<double[]> cartesian) {
    double[][] inv = inverse(lattice);
    List<double[]> frac = new ArrayList<>(cartesian.size());
    for (double[] r : cartesian) {
      // r = f · L (rows are lattice vectors), so f = r · L⁻¹.
      double[] f = new double[3];
      for (int j = 0; j < 3; j++) {
        f[j] = r[0] * inv[0][j] + r[1] * inv[1][j] + r[2] * inv[2][j];
      }
      frac.add(f);
    }
    return fromFractional(uri, format, name, lattice, species, frac);
  }

  /** Wraps into [0, 1); a value that rounds to 1.0 after wrapping becomes 0. */
  static double wrap(double x) {
    double w = x - Math.floor(x);
    return w >= 1.0 ? 0.0 : w;
  }

  static double[][] inverse(double[][] m) {
    double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    if (Math.abs(det) < 1e-12) {
      throw new IllegalArgumentException("singular lattice matrix");
    }
    double[][] r = new double[3][3];
    r[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / det;
    r[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
    r[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
    r[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / det;
    r[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
    r[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
    r[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / det;
    r[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
    r[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
    return r;
  }
}
