package dev.anneal.quality.gate;

/**
 * The outcome of one constraint of a gate.
 *
 * @param table      the table checked
 * @param level      error or warning
 * @param constraint what was checked, in Deequ's words
 * @param status     {@code Success} or {@code Failure}
 * @param metric     the measured value (e.g. completeness 1.0), or null
 * @param message    why it failed, or null
 */
public record GateOutcome(String table, String level, String constraint, String status,
                          Double metric, String message) {

  /** Whether the constraint held. */
  public boolean passed() {
    return "Success".equals(status);
  }
}
