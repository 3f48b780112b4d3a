package dev.anneal.normalize.label;

/**
 * Decides whether one recorded value is a unit slip: it disagrees with the consensus (or is
 * implausible) while exactly one correction, or the closest one, brings it back into agreement.
 */
public final class SlipCorrector {

  private final PropertyRange range;

  /** A corrector for values of {@code range}'s property. */
  public SlipCorrector(PropertyRange range) {
    this.range = range;
  }

  /**
   * The slip that explains {@code recorded} against {@code center} (NaN: no consensus, then only
   * an implausible value with exactly one plausible correction counts), or null for none.
   */
  public UnitSlip detect(double recorded, double atomsPerFormulaUnit, double center) {
    boolean centered = Double.isFinite(center);
    if (centered && range.plausible(recorded)
        && Math.abs(recorded - center) <= range.tolerance(center)) {
      return null;
    }
    if (!centered && range.plausible(recorded)) {
      return null;
    }
    UnitSlip best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    int plausibleCorrections = 0;
    for (UnitSlip slip : range.slips()) {
      double corrected = slip.correct(recorded, atomsPerFormulaUnit);
      if (!range.plausible(corrected)) {
        continue;
      }
      plausibleCorrections++;
      if (centered) {
        double d = Math.abs(corrected - center);
        if (d <= range.tolerance(center) && d < bestDistance) {
          best = slip;
          bestDistance = d;
        }
      } else {
        best = slip;
      }
    }
    if (!centered && plausibleCorrections != 1) {
      return null;
    }
    return best;
  }
}
