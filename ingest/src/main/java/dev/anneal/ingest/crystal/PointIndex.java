package dev.anneal.ingest.crystal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fractional points in a grid of cells (modulo lattice translations), so that finding the point
 * that coincides with another within {@link CellExpander#TOLERANCE} looks at 27 cells instead of
 * every point: cell expansion stays linear in the sites (100,000 sites took 73 s with the scan).
 *
 * @param <T> what each point carries
 */
final class PointIndex<T> {

  /** Cells per axis: a cell (1/1000) is wider than the tolerance, so neighbours suffice. */
  private static final int N = 1000;

  private record Entry<T>(double[] point, int order, T value) {
  }

  /**
   * Below this many points a scan in adding order is cheaper than 27 boxed-key grid lookups
   * (the lookups were the largest single cost of ingesting small CIFs, issue #22).
   */
  private static final int SCAN_BELOW = 48;

  private final Map<Long, List<Entry<T>>> cells = new HashMap<>();
  private final List<Entry<T>> all = new ArrayList<>();
  private int size;

  /** Adds {@code point} (not copied) carrying {@code value}. */
  void add(double[] point, T value) {
    Entry<T> e = new Entry<>(point, size++, value);
    all.add(e);
    cells.computeIfAbsent(key(cell(point[0]), cell(point[1]), cell(point[2])),
        k -> new ArrayList<>(2)).add(e);
  }

  /** The earliest-added value whose point coincides with {@code p}, or null. */
  T find(double[] p) {
    if (size < SCAN_BELOW) {
      for (Entry<T> e : all) {
        if (CellExpander.samePoint(e.point, p)) {
          return e.value;
        }
      }
      return null;
    }
    int cx = cell(p[0]);
    int cy = cell(p[1]);
    int cz = cell(p[2]);
    Entry<T> best = null;
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        for (int dz = -1; dz <= 1; dz++) {
          List<Entry<T>> list = cells.get(key(cx + dx, cy + dy, cz + dz));
          if (list == null) {
            continue;
          }
          for (Entry<T> e : list) {
            if ((best == null || e.order < best.order) && CellExpander.samePoint(e.point, p)) {
              best = e;
            }
          }
        }
      }
    }
    return best == null ? null : best.value;
  }

  private static int cell(double v) {
    double w = v - Math.floor(v);
    int c = (int) (w * N);
    return c >= N || c < 0 ? 0 : c;
  }

  private static long key(int x, int y, int z) {
    return ((long) Math.floorMod(x, N) * N + Math.floorMod(y, N)) * N + Math.floorMod(z, N);
  }
}
