package dev.anneal.ingest.literature.tika;

/**
 * What one document may cost: wall-clock time for the parse and characters of extracted text.
 *
 * @param timeoutMillis the longest a parse may run; then it is abandoned and the file
 *                      quarantined as {@code tika.timeout}
 * @param maxChars      the most characters kept; the rest is cut and the cut reported as
 *                      {@code tika.output_truncated}
 */
public record TikaLimits(long timeoutMillis, int maxChars) {

  /** 60 s and 5 million characters (a long book is about 2 million). */
  public static final TikaLimits DEFAULT = new TikaLimits(60_000, 5_000_000);

  public TikaLimits {
    if (timeoutMillis <= 0 || maxChars <= 0) {
      throw new IllegalArgumentException("limits must be positive: " + timeoutMillis + ", " + maxChars);
    }
  }
}
