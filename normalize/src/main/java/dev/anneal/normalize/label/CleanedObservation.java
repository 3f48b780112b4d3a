package dev.anneal.normalize.label;

/**
 * An observation after slip correction and outlier rejection.
 *
 * @param id     the measurement's id
 * @param source its source
 * @param value  the corrected value (equal to the recorded one unless {@code slip} is set)
 * @param slip   the unit slip undone, or null
 * @param used   whether the consensus uses it
 * @param reason why it was rejected ({@code implausible}, {@code outlier}, {@code duplicate}), or ""
 */
public record CleanedObservation(String id, String source, double value, UnitSlip slip,
                                 boolean used, String reason) {
}
