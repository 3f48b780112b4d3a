package dev.anneal.jobs.report;

import java.util.List;

/**
 * A distribution to plot: labelled bins with their counts, in order.
 *
 * @param title what is counted, e.g. "characters per sample (curated/samples.n_chars)"
 * @param labels each bin's label, e.g. "64–127"
 * @param counts each bin's count
 */
public record Histogram(String title, List<String> labels, List<Long> counts) {

  /** The total count over every bin. */
  public long total() {
    return counts.stream().mapToLong(Long::longValue).sum();
  }
}
