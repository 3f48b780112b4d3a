package dev.anneal.normalize.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which known polymorph a calculation's cell is, by volume per atom against each polymorph's
 * (the mean over its structures), in two steps. A polymorph is a candidate when the volumes lie
 * within {@link #TOLERANCE} (relative): DFT cells differ from experiment by the functional's
 * error, up to about −10 % in volume with LDA (lattice constants 2–3 % short; the shared
 * corpus's NaCl run is 9.5 % below the halite CIF) and +3–8 % with PBE. One candidate decides.
 * Two or more are told apart only by {@link #DISCRIMINATION}: exactly one within it decides
 * (a PBE rutile cell, 2.9 % from rutile and 5.7 % from anatase, is rutile); otherwise the
 * volume does not decide and the caller links no polymorph and says why
 * ({@link #AMBIGUOUS}; {@link #UNMATCHED} when no polymorph is a candidate at all).
 */
public final class VolumeMatch {

  /** Relative difference of volumes per atom within which a polymorph is a candidate. */
  public static final double TOLERANCE = 0.12;
  /** Relative difference within which one of several candidates is the polymorph. */
  public static final double DISCRIMINATION = 0.05;

  /** Flag of a calculation whose volume per atom matches no known polymorph. */
  public static final String UNMATCHED = "volume_unmatched";
  /** Flag of a calculation whose volume per atom matches two or more known polymorphs. */
  public static final String AMBIGUOUS = "volume_ambiguous";

  /**
   * The outcome.
   *
   * @param spacegroup the one matching polymorph, or null
   * @param flag       null when decided; otherwise {@link #UNMATCHED} or {@link #AMBIGUOUS}
   * @param evidence   what was compared, e.g. {@code volume_per_atom:10.71~136:10.41}
   */
  public record Result(Integer spacegroup, String flag, List<String> evidence) {
  }

  private VolumeMatch() {
  }

  /**
   * Compares {@code volumePerAtom} with the volumes of {@code candidates} given by
   * {@code volumes} (space group → Å³/atom); candidates without a volume cannot match.
   */
  public static Result of(double volumePerAtom, Collection<Integer> candidates,
                          Map<Integer, Double> volumes) {
    List<Integer> matching = new ArrayList<>();
    List<Integer> close = new ArrayList<>();
    StringBuilder compared = new StringBuilder(String.format(Locale.ROOT,
        "volume_per_atom:%.2f", volumePerAtom));
    for (Integer sg : candidates) {
      Double v = volumes.get(sg);
      if (v == null || !(v > 0)) {
        continue;
      }
      compared.append(String.format(Locale.ROOT, "~%d:%.2f", sg, v));
      double difference = Math.abs(volumePerAtom - v) / v;
      if (difference <= TOLERANCE) {
        matching.add(sg);
      }
      if (difference <= DISCRIMINATION) {
        close.add(sg);
      }
    }
    List<String> evidence = List.of(compared.toString());
    if (matching.size() == 1) {
      return new Result(matching.get(0), null, evidence);
    }
    if (matching.size() > 1 && close.size() == 1) {
      return new Result(close.get(0), null, evidence);
    }
    return new Result(null, matching.isEmpty() ? UNMATCHED : AMBIGUOUS, evidence);
  }
}
