package dev.anneal.normalize.measurement;

import dev.anneal.normalize.units.UnitReason;

/** Maps the unit parser's reasons onto measurement reasons, so quarantine counts stay per record kind. */
final class UnitReasons {

  private UnitReasons() {
  }

  static MeasurementReason of(UnitReason reason) {
    return switch (reason) {
      case EMPTY -> MeasurementReason.MISSING_VALUE;
      case NOT_A_QUANTITY, MALFORMED_NUMBER, INVERTED_RANGE -> MeasurementReason.BAD_VALUE;
      case MISSING -> MeasurementReason.MISSING_UNIT;
      case UNKNOWN -> MeasurementReason.UNKNOWN_UNIT;
      case WRONG_DIMENSION -> MeasurementReason.WRONG_UNIT_KIND;
      case MISSING_BASIS, NEEDS_COMPOSITION -> MeasurementReason.AMBIGUOUS_BASIS;
      case CONTRADICTORY -> MeasurementReason.CONTRADICTORY_UNIT;
      case BELOW_ABSOLUTE_ZERO, NEGATIVE_DURATION -> MeasurementReason.IMPLAUSIBLE_VALUE;
    };
  }
}
