package dev.anneal.ingest.crystal;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands the asymmetric unit to the full cell by applying every symmetry operation, the way
 * pymatgen's CifParser does, so that site counts agree with it:
 * <ol>
 *   <li>each listed site whose image under some operation lies within {@link #TOLERANCE} of an
 *       earlier position joins that position (a disordered position written as several rows);
 *   <li>each position's images are wrapped into [0, 1) and kept unless one within the tolerance
 *       (across cell edges) is already kept for a position with the same species.
 * </ol>
 */
public final class CellExpander {

  /** Fractional distance under which two points are one position: pymatgen's site_tolerance. */
  public static final double TOLERANCE = 1e-4;

  /** One row of the atom-site loop, already resolved to a species. */
  public record AsymSite(String element, Double oxidationState, double occupancy, double x,
                         double y, double z, String label) {
  }

  private CellExpander() {
  }

  /**
   * The full cell's sites for {@code rows} under {@code ops}; a position whose occupancies sum
   * above one (pymatgen refuses the block) is kept and noted in {@code warnings}.
   */
  public static List<Site> expand(List<AsymSite> rows, List<SymOp> ops, List<String> warnings) {
    List<Position> positions = new ArrayList<>();
    PointIndex<Position> index = new PointIndex<>();
    double[] img = new double[3];
    for (AsymSite row : rows) {
      double[] p = {row.x(), row.y(), row.z()};
      Position match = null;
      for (int k = 0; k < ops.size() && match == null && !positions.isEmpty(); k++) {
        ops.get(k).apply(p, img);
        match = index.find(img);
      }
      if (match == null) {
        match = new Position(p, row.label());
        positions.add(match);
        index.add(p, match);
      }
      match.add(row);
    }
    int overfull = 0;
    for (Position pos : positions) {
      double sum = 0;
      for (AsymSite s : pos.species) {
        sum += s.occupancy();
      }
      overfull += sum > 1 + 1e-6 ? 1 : 0;
    }
    if (overfull > 0) {
      warnings.add("cif.occupancy_above_one: " + overfull
          + " positions have occupancies summing above 1; kept as written");
    }
    // Positions with equal species share one list of kept images, as pymatgen groups them.
    List<Position> groupHeads = new ArrayList<>();
    List<PointIndex<Boolean>> groupCoords = new ArrayList<>();
    List<Site> out = new ArrayList<>();
    for (Position pos : positions) {
      int g = 0;
      while (g < groupHeads.size() && !groupHeads.get(g).sameSpecies(pos)) {
        g++;
      }
      if (g == groupHeads.size()) {
        groupHeads.add(pos);
        groupCoords.add(new PointIndex<>());
      }
      PointIndex<Boolean> kept = groupCoords.get(g);
      for (SymOp op : ops) {
        op.apply(pos.coord, img);
        img[0] = wrap(img[0]);
        img[1] = wrap(img[1]);
        img[2] = wrap(img[2]);
        if (kept.find(img) == null) {
          double[] w = img.clone();
          kept.add(w, Boolean.TRUE);
          for (AsymSite s : pos.species) {
            out.add(new Site(s.element(), s.oxidationState(), s.occupancy(), w[0], w[1], w[2],
                pos.label));
          }
        }
      }
    }
    return out;
  }

  /** Whether two fractional points coincide within the tolerance, modulo lattice translations. */
  static boolean samePoint(double[] a, double[] b) {
    double dx = a[0] - b[0];
    double dy = a[1] - b[1];
    double dz = a[2] - b[2];
    return Math.abs(dx - Math.rint(dx)) < TOLERANCE && Math.abs(dy - Math.rint(dy)) < TOLERANCE
        && Math.abs(dz - Math.rint(dz)) < TOLERANCE;
  }

  /** {@code v} modulo 1 in [0, 1); the tiny negative rounding case wraps to 0, not to 1. */
  static double wrap(double v) {
    double w = v - Math.floor(v);
    return w >= 1.0 ? 0.0 : w;
  }

  /** One position of the asymmetric unit with every species on it. */
  private static final class Position {
    final double[] coord;
    final String label;
    final List<AsymSite> species = new ArrayList<>(1);

    Position(double[] coord, String label) {
      this.coord = coord;
      this.label = label;
    }

    /** Adds a species, summing occupancies when the same species is listed twice here. */
    void add(AsymSite s) {
      for (int i = 0; i < species.size(); i++) {
        AsymSite t = species.get(i);
        if (t.element().equals(s.element())
            && java.util.Objects.equals(t.oxidationState(), s.oxidationState())) {
          species.set(i, new AsymSite(t.element(), t.oxidationState(),
              t.occupancy() + s.occupancy(), t.x(), t.y(), t.z(), t.label()));
          return;
        }
      }
      species.add(s);
    }

    boolean sameSpecies(Position o) {
      if (o.species.size() != species.size()) {
        return false;
      }
      for (AsymSite s : species) {
        boolean found = false;
        for (AsymSite t : o.species) {
          if (t.element().equals(s.element())
              && java.util.Objects.equals(t.oxidationState(), s.oxidationState())
              && Math.abs(t.occupancy() - s.occupancy()) < 1e-8) {
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }
  }
}
