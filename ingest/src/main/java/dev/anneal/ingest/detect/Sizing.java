package dev.anneal.ingest.detect;

/** How much of a file its reader holds, and so which size limit applies to it. */
public enum Sizing {
  /** Read whole into memory: larger than {@code ingest.max_file_bytes} is {@code file.too_large}. */
  WHOLE_FILE,
  /**
   * Parsed as a stream of any size (simulation outputs): bounded by the record cap and the time
   * limit per file instead of by bytes.
   */
  STREAMED
}
