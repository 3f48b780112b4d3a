package dev.anneal.ingest.crystal;

/**
 * A crystal lattice: cell lengths in Å, angles in degrees, and the row-vector matrix
 * (a along x, b in the xy plane), the same convention as pymatgen's {@code Lattice.from_parameters}.
 *
 * @param a     length of the first cell vector, Å
 * @param b     length of the second cell vector, Å
 * @param c     length of the third cell vector, Å
 * @param alpha angle between b and c, degrees
 * @param beta  angle between a and c, degrees
 * @param gamma angle between a and b, degrees
 */
public record Lattice(double a, double b, double c, double alpha, double beta, double gamma) {

  public Lattice {
    if (!(a > 0 && b > 0 && c > 0)) {
      throw new IllegalArgumentException("cell lengths must be positive: " + a + ", " + b + ", " + c);
    }
    if (!(alpha > 0 && alpha < 180 && beta > 0 && beta < 180 && gamma > 0 && gamma < 180)) {
      throw new IllegalArgumentException(
          "cell angles must lie in (0, 180): " + alpha + ", " + beta + ", " + gamma);
    }
  }

  /** The lattice spanned by three row vectors (Å). */
  public static Lattice fromMatrix(double[][] m) {
    double la = norm(m[0]);
    double lb = norm(m[1]);
    double lc = norm(m[2]);
    return new Lattice(la, lb, lc, angle(m[1], m[2]), angle(m[0], m[2]), angle(m[0], m[1]));
  }

  /**
   * Row vectors in Å. Built as pymatgen does (c along z first, then a in the xz plane) so that
   * Cartesian coordinates agree with the reference implementation.
   */
  public double[][] matrix() {
    double ar = Math.toRadians(alpha);
    double br = Math.toRadians(beta);
    double gr = Math.toRadians(gamma);
    double cosA = Math.cos(ar);
    double cosB = Math.cos(br);
    double cosG = Math.cos(gr);
    double sinA = Math.sin(ar);
    double sinB = Math.sin(br);
    double gammaStar = Math.acos(clamp((cosA * cosB - cosG) / (sinA * sinB)));
    double[] va = {a * sinB, 0.0, a * cosB};
    double[] vb = {-b * sinA * Math.cos(gammaStar), b * sinA * Math.sin(gammaStar), b * cosA};
    double[] vc = {0.0, 0.0, c};
    return new double[][] {va, vb, vc};
  }

  /** Cell volume in Å³. */
  public double volume() {
    double ca = Math.cos(Math.toRadians(alpha));
    double cb = Math.cos(Math.toRadians(beta));
    double cg = Math.cos(Math.toRadians(gamma));
    return a * b * c * Math.sqrt(Math.max(0.0, 1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg));
  }

  /** Cartesian coordinates (Å) of a point given in fractional coordinates. */
  public double[] toCartesian(double[] frac) {
    double[][] m = matrix();
    double[] out = new double[3];
    for (int j = 0; j < 3; j++) {
      out[j] = frac[0] * m[0][j] + frac[1] * m[1][j] + frac[2] * m[2][j];
    }
    return out;
  }

  private static double norm(double[] v) {
    return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
  }

  private static double angle(double[] u, double[] v) {
    double dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    return Math.toDegrees(Math.acos(clamp(dot / (norm(u) * norm(v)))));
  }

  private static double clamp(double x) {
    return Math.max(-1.0, Math.min(1.0, x));
  }
}
