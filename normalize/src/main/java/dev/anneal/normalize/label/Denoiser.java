package dev.anneal.normalize.label;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Denoises the observations of one (material, property, condition) group: drops exact
 * duplicates (same source, same value), undoes unit slips, rejects implausible values and
 * outliers (median ± 3.5 robust σ, from the MAD), and takes the median of what is left.
 * Cross-source reliability (CRH) is learned over all groups in {@code label.spark}.
 */
public final class Denoiser {

  /** Values beyond this many robust σ from the median are outliers. */
  public static final double OUTLIER_SIGMAS = 3.5;

  private final PropertyRange range;
  private final SlipCorrector slips;

  /** A denoiser for values of {@code range}'s property. */
  public Denoiser(PropertyRange range) {
    this.range = range;
    this.slips = new SlipCorrector(range);
  }

  /** The label of one group; {@code observations} in any order (the result keeps it). */
  public GroupLabel denoise(List<Observation> observations) {
    Set<String> flags = new TreeSet<>();
    boolean[] duplicate = new boolean[observations.size()];
    Set<String> seen = new HashSet<>();
    List<Double> distinct = new ArrayList<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      if (!seen.add(o.source() + '\u0000' + Math.round(o.value() * 1e9))) {
        duplicate[i] = true;
        flags.add("duplicates");
      } else {
        distinct.add(o.value());
      }
    }
    double center = ConsensusCenter.of(distinct, range);

    double[] corrected = new double[observations.size()];
    UnitSlip[] slip = new UnitSlip[observations.size()];
    String[] reason = new String[observations.size()];
    List<Double> kept = new ArrayList<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      corrected[i] = o.value();
      reason[i] = "";
      if (duplicate[i]) {
        reason[i] = "duplicate";
        continue;
      }
      slip[i] = slips.detect(o.value(), o.atomsPerFormulaUnit(), center);
      if (slip[i] != null) {
        corrected[i] = slip[i].correct(o.value(), o.atomsPerFormulaUnit());
        flags.add("unit_slip_corrected");
      } else if (!range.plausible(o.value())) {
        reason[i] = "implausible";
        flags.add("implausible_rejected");
        continue;
      }
      kept.add(corrected[i]);
    }

    double median = Stats.median(kept);
    double scale = kept.size() < 2 ? range.noise()
        : Math.max(range.noise(), Stats.MAD_TO_SIGMA * Stats.mad(kept, median));
    List<CleanedObservation> cleaned = new ArrayList<>();
    List<Double> used = new ArrayList<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      boolean use = reason[i].isEmpty();
      if (use && kept.size() >= 3 && Math.abs(corrected[i] - median) > OUTLIER_SIGMAS * scale) {
        reason[i] = "outlier";
        flags.add("outliers_rejected");
        use = false;
      }
      if (use) {
        used.add(corrected[i]);
      }
      cleaned.add(new CleanedObservation(o.id(), o.source(), corrected[i], slip[i], use,
          reason[i]));
    }
    if (used.isEmpty()) {
      flags.add("no_usable_value");
      return new GroupLabel(Double.NaN, Double.NaN, scale, "none", List.copyOf(flags), cleaned);
    }
    double value = Stats.median(used);
    String method;
    double uncertainty;
    if (used.size() == 1) {
      method = "single";
      flags.add("single_observation");
      uncertainty = Math.max(range.noise(), range.tolerance(value) / 2);
    } else {
      method = "median_mad";
      double spread = Math.max(range.noise(), Stats.MAD_TO_SIGMA * Stats.mad(used, value));
      uncertainty = 1.2533 * spread / Math.sqrt(used.size());
      double lo = used.stream().mapToDouble(Double::doubleValue).min().orElse(value);
      double hi = used.stream().mapToDouble(Double::doubleValue).max().orElse(value);
      if (hi - lo > range.tolerance(value)) {
        flags.add("disagreement");
      }
    }
    return new GroupLabel(value, uncertainty, scale, method, List.copyOf(flags), cleaned);
  }
}
