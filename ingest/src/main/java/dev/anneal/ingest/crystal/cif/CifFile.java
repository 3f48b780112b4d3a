package dev.anneal.ingest.crystal.cif;

import java.util.List;

/**
 * A whole CIF as read: the blocks that are well formed and a fault for each part that is not.
 *
 * @param blocks   the well-formed data blocks in file order
 * @param faults   one fault per broken block, or per stretch of text outside any block
 * @param warnings repairs that concern the whole file (e.g. a stripped Ctrl-Z)
 */
public record CifFile(List<CifBlock> blocks, List<Fault> faults, List<String> warnings) {

  /**
   * A part of the file that could not be read.
   *
   * @param blockName the block it belongs to, or "" before the first block
   * @param reason    the stable reason code
   * @param message   what is wrong
   * @param line      where (1-based)
   * @param sample    the offending line
   */
  public record Fault(String blockName, String reason, String message, int line, String sample) {
  }
}
