package dev.anneal.ingest.crystal.cif;

/**
 * A violation of the CIF grammar, or of what a structure needs, with the stable reason code and
 * the line where it was found. Checked, so that every caller decides what a fault costs.
 */
public final class CifSyntaxException extends Exception {

  private final String reason;
  private final int line;

  /** A fault with dotted {@code reason} (e.g. {@code cif.loop_mismatch}) at 1-based {@code line}. */
  public CifSyntaxException(String reason, String message, int line) {
    super(message, null, false, false);
    this.reason = reason;
    this.line = line;
  }

  /** The stable reason code. */
  public String reason() {
    return reason;
  }

  /** The 1-based line, or 0 when the fault concerns the whole input. */
  public int line() {
    return line;
  }
}
