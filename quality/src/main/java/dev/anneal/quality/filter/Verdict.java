package dev.anneal.quality.filter;

import java.io.Serializable;

/**
 * Why a text was dropped: a stable reason code ({@code filter.*}) and a message with the measured
 * value and the threshold.
 *
 * @param reason  the reason code
 * @param message the measurement, human-readable
 */
public record Verdict(String reason, String message) implements Serializable {
}
