package dev.anneal.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-file and per-record limits of ingest (the {@code ingest.limits} configuration keys),
 * each enforced while reading and each with its reason code when exceeded.
 *
 * @param xmlMaxDepth            deepest element nesting read in JATS XML ({@code jats.too_deep})
 * @param keyValueLineChars      longest LAMMPS log line searched for {@code key = value} pairs
 * @param cellEdgeMinAngstrom    shortest plausible cell edge ({@code structure.implausible_cell})
 * @param cellEdgeMaxAngstrom    longest plausible cell edge
 * @param densityMinGCm3         lowest plausible density ({@code structure.implausible_density})
 * @param densityMaxGCm3         highest plausible density
 * @param maxStepsPerFile        ionic steps, MD frames and thermo rows of one streamed simulation
 *                               output ({@code file.too_many_records}: the file is quarantined)
 * @param secondsPerFile         time to read one file ({@code file.timeout}: quarantined)
 * @param archiveMaxMemberBytes  largest archive member read ({@code archive.member_too_large})
 * @param archiveMaxMembers      most members read from one archive ({@code archive.too_many_members})
 * @param archiveMaxDepth        deepest nesting of archives opened ({@code archive.too_deep})
 * @param archiveMaxRatio        largest expansion of a compressed member over its compressed
 *                               bytes ({@code archive.ratio_exceeded})
 */
public record IngestLimits(int xmlMaxDepth, int keyValueLineChars, double cellEdgeMinAngstrom,
                           double cellEdgeMaxAngstrom, double densityMinGCm3,
                           double densityMaxGCm3, long maxStepsPerFile, long secondsPerFile,
                           long archiveMaxMemberBytes, long archiveMaxMembers,
                           int archiveMaxDepth, long archiveMaxRatio) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The defaults (the same values as the configuration's defaults file). */
  public static IngestLimits defaults() {
    return new IngestLimits(256, 4096, 0.5, 10_000, 1e-6, 40, 1_000_000, 600,
        268_435_456L, 1_000_000, 3, 200);
  }

  /** Every setting that makes no sense, as messages naming the key; empty when all hold. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    positive(out, "xml_max_depth", xmlMaxDepth);
    positive(out, "key_value_line_chars", keyValueLineChars);
    positive(out, "max_steps_per_file", maxStepsPerFile);
    positive(out, "seconds_per_file", secondsPerFile);
    positive(out, "archive_max_member_bytes", archiveMaxMemberBytes);
    positive(out, "archive_max_members", archiveMaxMembers);
    positive(out, "archive_max_depth", archiveMaxDepth);
    positive(out, "archive_max_ratio", archiveMaxRatio);
    range(out, "cell_edge_min_angstrom", "cell_edge_max_angstrom", cellEdgeMinAngstrom,
        cellEdgeMaxAngstrom);
    range(out, "density_min_gcm3", "density_max_gcm3", densityMinGCm3, densityMaxGCm3);
    return out;
  }

  private static void positive(List<String> out, String key, double value) {
    if (!(value > 0)) {
      out.add("ingest.limits." + key + " must be positive: " + value);
    }
  }

  private static void range(List<String> out, String minKey, String maxKey, double min,
                            double max) {
    if (!(min > 0 && Double.isFinite(max) && min < max)) {
      out.add("ingest.limits." + minKey + " and " + maxKey
          + " must be finite and positive with min < max: " + min + ", " + max);
    }
  }
}
