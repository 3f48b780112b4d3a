package dev.anneal.normalize.label;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small robust statistics over lists of doubles (median, MAD), without Spark. */
public final class Stats {

  /** MAD × this estimates the standard deviation of normal data. */
  public static final double MAD_TO_SIGMA = 1.4826;

  private Stats() {
  }

  /** The median of {@code values} (NaN when empty). */
  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : 0.5 * (sorted.get(n / 2 - 1) + sorted.get(n / 2));
  }

  /** The median absolute deviation of {@code values} from {@code center}. */
  public static double mad(List<Double> values, double center) {
    List<Double> dev = new ArrayList<>(values.size());
    for (double v : values) {
      dev.add(Math.abs(v - center));
    }
    return median(dev);
  }

  /** The arithmetic mean (NaN when empty). */
  public static double mean(List<Double> values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return values.isEmpty() ? Double.NaN : s / values.size();
  }
}
