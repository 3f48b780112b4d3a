package dev.anneal.ingest.crystal.poscar;

/**
 * A fault in a POSCAR file that stops it being read: a stable reason code and the 1-based line
 * where it was found, so the parser can turn it into a rejection.
 */
final class PoscarFault extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int line;

  PoscarFault(String reason, int line, String message) {
    super(message, null, false, false);
    this.reason = reason;
    this.line = line;
  }

  String reason() {
    return reason;
  }

  int line() {
    return line;
  }
}
