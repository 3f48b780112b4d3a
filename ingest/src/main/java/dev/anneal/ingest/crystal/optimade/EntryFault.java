package dev.anneal.ingest.crystal.optimade;

/** Why one OPTIMADE entry cannot become a structure: a stable reason code and a message. */
final class EntryFault extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;

  EntryFault(String reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
