package dev.anneal.ingest.crystal.cif;

/**
 * One data value as written in a CIF: its text without quotes or text-field delimiters, whether
 * it was quoted (a quoted {@code ?} is a question mark, not "unknown") and the line it starts on.
 *
 * @param text   the value's characters
 * @param quoted whether it was written in quotes or as a text field
 * @param line   the 1-based line it starts on
 */
public record CifValue(String text, boolean quoted, int line) {

  /** Whether this is the unquoted {@code ?}: the value is unknown. */
  public boolean isUnknown() {
    return !quoted && text.equals("?");
  }

  /** Whether this is the unquoted {@code .}: the item does not apply. */
  public boolean isInapplicable() {
    return !quoted && text.equals(".");
  }

  /** Whether the value carries no information ({@code ?} or {@code .}). */
  public boolean isNull() {
    return isUnknown() || isInapplicable();
  }

  /** The numeric value with any standard uncertainty dropped; NaN when this is not a number. */
  public double number() {
    return CifNumbers.parse(text);
  }

  /** The standard uncertainty in the value's units ({@code 5.4307(2)} → 0.0002), or NaN. */
  public double uncertainty() {
    return CifNumbers.uncertainty(text);
  }
}
