package dev.anneal.normalize.label;

import java.util.List;

/**
 * The denoised value of one (material, property, condition) group.
 *
 * @param value        the consensus value (NaN when nothing usable was left)
 * @param uncertainty  its standard uncertainty in the same unit
 * @param scale        the robust spread of the values used (1.4826 × MAD, floored at the noise)
 * @param method       {@code single}, {@code median_mad} (later {@code crh} for many sources)
 * @param flags        what was found: {@code unit_slip_corrected}, {@code outliers_rejected},
 *                     {@code duplicates}, {@code implausible_rejected}, {@code disagreement},
 *                     {@code single_observation}, {@code no_usable_value}
 * @param observations every observation with its correction and decision, in input order
 */
public record GroupLabel(double value, double uncertainty, double scale, String method,
                         List<String> flags, List<CleanedObservation> observations) {

  public GroupLabel {
    flags = List.copyOf(flags);
    observations = List.copyOf(observations);
  }

  /** How many observations the consensus used. */
  public int nUsed() {
    return (int) observations.stream().filter(CleanedObservation::used).count();
  }
}
