package dev.anneal.jobs.stage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a stage did: counts of what it wrote and, for rejections, counts per reason.
 *
 * @param stage    the stage name
 * @param counts   rows written per output (e.g. {@code raw/structures}), in writing order
 * @param reasons  rejections or exclusions per reason code
 * @param failure  why the stage failed its own policy (rejections, error gates), or null
 * @param seconds  wall time
 * @param status   {@code ran}, or {@code skipped} when inputs and configuration were unchanged
 *                 (the counts are then those of the run that wrote the outputs)
 */
public record StageReport(String stage, Map<String, Long> counts, Map<String, Long> reasons,
                          String failure, double seconds, String status) {

  /** A stage that ran. */
  public StageReport(String stage, Map<String, Long> counts, Map<String, Long> reasons,
                     String failure, double seconds) {
    this(stage, counts, reasons, failure, seconds, "ran");
  }

  /** A builder for a stage's counts. */
  public static Builder builder(String stage) {
    return new Builder(stage);
  }

  /** Accumulates a stage's counts while it runs. */
  public static final class Builder {
    private final String stage;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, Long> reasons = new LinkedHashMap<>();
    private String failure;

    private Builder(String stage) {
      this.stage = stage;
    }

    /** Records {@code rows} written to {@code output}. */
    public Builder count(String output, long rows) {
      counts.put(output, rows);
      return this;
    }

    /** Records {@code n} rejections with {@code reason}. */
    public Builder reason(String reason, long n) {
      reasons.merge(reason, n, Long::sum);
      return this;
    }

    /** Marks the stage as failed by its own policy. */
    public Builder failure(String message) {
      this.failure = message;
      return this;
    }

    /** The report, with the stage's wall time. */
    public StageReport build(double seconds) {
      return new StageReport(stage, Collections.unmodifiableMap(new LinkedHashMap<>(counts)),
          Collections.unmodifiableMap(new TreeMap<>(reasons)), failure, seconds);
    }

    /** The counts so far (for building messages). */
    public Map<String, Long> counts() {
      return counts;
    }
  }
}
