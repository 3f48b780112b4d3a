package dev.anneal.normalize.units;

import dev.anneal.ingest.Rejection;
import java.util.Objects;

/** What the unit parser made of one quantity: a canonical measurement, or a reason it was not converted. */
public sealed interface QuantityResult permits QuantityResult.Converted, QuantityResult.Rejected {

  /** The text as the caller passed it. */
  String asWritten();

  /** Whether this is a {@link Converted}. */
  default boolean isConverted() {
    return this instanceof Converted;
  }

  /**
   * A quantity converted to its canonical unit.
   *
   * @param asWritten   the input text
   * @param measurement the value(s) in the canonical unit
   */
  record Converted(String asWritten, Measurement measurement) implements QuantityResult {
    public Converted {
      Objects.requireNonNull(asWritten, "asWritten");
      Objects.requireNonNull(measurement, "measurement");
    }
  }

  /**
   * A quantity that was not converted.
   *
   * @param asWritten the input text
   * @param reason    why, as a stable code
   * @param message   what is wrong, for a person
   */
  record Rejected(String asWritten, UnitReason reason, String message) implements QuantityResult {
    public Rejected {
      Objects.requireNonNull(asWritten, "asWritten");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    /** The project's rejection record for this failure, at stage {@code normalize}. */
    public Rejection toRejection(String sourceUri, String location) {
      return new Rejection(sourceUri, "normalize", reason.code(), message, location, asWritten);
    }
  }
}
