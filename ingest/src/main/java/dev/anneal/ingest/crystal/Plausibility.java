package dev.anneal.ingest.crystal;

import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.IngestLimits;
import java.util.Optional;

/**
 * Physical plausibility of a structure read from any format: a cell length of {@code 1e308} Å
 * or a density of 200,000 g/cm³ is a misread number, not a material, and is quarantined rather
 * than passed on (an infinite volume would also break every statistic computed downstream).
 */
public final class Plausibility {

  /** Shortest cell edge kept, Å (the shortest bond, H–H, is 0.74 Å). */
  public static final double MIN_LENGTH = 0.5;
  /** Longest cell edge kept, Å (protein and supercell boxes stay well below). */
  public static final double MAX_LENGTH = 10_000;
  /** Lowest density kept, g/cm³ (a small molecule in a large vacuum box). */
  public static final double MIN_DENSITY = 1e-6;
  /** Highest density kept, g/cm³ (osmium is 22.6; high-pressure phases stay below 40). */
  public static final double MAX_DENSITY = 40;

  private Plausibility() {
  }

  /** The rejection of {@code s} if its cell or density is absurd by the default bounds. */
  public static Optional<Rejection> check(Structure s) {
    return check(s, MIN_LENGTH, MAX_LENGTH, MIN_DENSITY, MAX_DENSITY);
  }

  /** The rejection of {@code s} if its cell or density is outside the limits' bounds. */
  public static Optional<Rejection> check(Structure s, IngestLimits limits) {
    return check(s, limits.cellEdgeMinAngstrom(), limits.cellEdgeMaxAngstrom(),
        limits.densityMinGCm3(), limits.densityMaxGCm3());
  }

  private static Optional<Rejection> check(Structure s, double minLength, double maxLength,
                                           double minDensity, double maxDensity) {
    Lattice l = s.lattice();
    for (double edge : new double[] {l.a(), l.b(), l.c()}) {
      if (!(edge >= minLength && edge <= maxLength)) {
        return Optional.of(reject(s, "structure.implausible_cell", "a cell edge of " + edge
            + " Å is outside " + minLength + ".." + maxLength + " Å"));
      }
    }
    double volume = l.volume();
    if (!(volume > 0 && Double.isFinite(volume))) {
      return Optional.of(reject(s, "structure.implausible_cell",
          "the cell volume is " + volume + " Å³"));
    }
    if (!s.sites().isEmpty()) {
      double density = s.density();
      if (!(density >= minDensity && density <= maxDensity)) {
        return Optional.of(reject(s, "structure.implausible_density", "a density of " + density
            + " g/cm³ is outside " + minDensity + ".." + maxDensity + " g/cm³"));
      }
    }
    return Optional.empty();
  }

  private static Rejection reject(Structure s, String reason, String message) {
    return new Rejection(s.sourceUri(), "ingest", reason, message,
        s.blockName().isEmpty() ? "" : "block " + s.blockName(), s.blockName());
  }
}
