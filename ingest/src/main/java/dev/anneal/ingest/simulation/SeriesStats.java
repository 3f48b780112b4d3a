package dev.anneal.ingest.simulation;

/**
 * Summary of one numeric column (a LAMMPS thermo column): NaN values are left out of min, max,
 * mean and standard deviation but counted in {@code count}.
 *
 * @param count  number of rows
 * @param first  the first value
 * @param last   the last value
 * @param min    the smallest finite value
 * @param max    the largest finite value
 * @param mean   the mean of the finite values
 * @param stddev the population standard deviation of the finite values
 */
public record SeriesStats(int count, double first, double last, double min, double max, double mean,
                          double stddev) {

  /** The statistics of {@code values}; all NaN for an empty column. */
  public static SeriesStats of(double[] values) {
    if (values.length == 0) {
      return new SeriesStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double mean = 0;
    double m2 = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        continue;
      }
      n++;
      min = Math.min(min, v);
      max = Math.max(max, v);
      // Welford's update: stable for long MD columns with a large offset (e.g. total energy).
      double delta = v - mean;
      mean += delta / n;
      m2 += delta * (v - mean);
    }
    if (n == 0) {
      return new SeriesStats(values.length, values[0], values[values.length - 1], Double.NaN,
          Double.NaN, Double.NaN, Double.NaN);
    }
    return new SeriesStats(values.length, values[0], values[values.length - 1], min, max, mean,
        Math.sqrt(m2 / n));
  }
}
