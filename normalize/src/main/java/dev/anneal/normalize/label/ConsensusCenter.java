package dev.anneal.normalize.label;

import java.util.ArrayList;
import java.util.List;

/**
 * The value most observations agree on before any correction: the plausible value with the most
 * others within tolerance (ties: the a-priori likelier value, then the tighter cluster),
 * summarized by the median of that cluster. Robust to a minority of slipped or wild values, unlike a mean or even a median over all.
 */
public final class ConsensusCenter {

  private ConsensusCenter() {
  }

  /** The center of {@code values} under {@code range}, or NaN when none is plausible. */
  public static double of(List<Double> values, PropertyRange range) {
    List<Double> plausible = new ArrayList<>();
    for (double v : values) {
      if (range.plausible(v)) {
        plausible.add(v);
      }
    }
    if (plausible.isEmpty()) {
      return Double.NaN;
    }
    List<Double> best = List.of();
    double bestSpread = Double.POSITIVE_INFINITY;
    double bestPreference = Double.POSITIVE_INFINITY;
    for (double candidate : plausible) {
      double tol = range.tolerance(candidate);
      List<Double> cluster = new ArrayList<>();
      double spread = 0;
      for (double v : plausible) {
        if (Math.abs(v - candidate) <= tol) {
          cluster.add(v);
          spread += Math.abs(v - candidate);
        }
      }
      double preference = range.preference(candidate);
      boolean better = cluster.size() > best.size()
          || (cluster.size() == best.size() && (preference < bestPreference
          || (preference == bestPreference && spread < bestSpread)));
      if (better) {
        best = cluster;
        bestSpread = spread;
        bestPreference = preference;
      }
    }
    return Stats.median(best);
  }
}
