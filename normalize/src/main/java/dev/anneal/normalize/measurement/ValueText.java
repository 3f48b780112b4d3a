package dev.anneal.normalize.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the qualifiers people wrap around a value before the unit parser sees it: an
 * approximation ({@code ~36 K}) is kept and flagged, an uncertainty ({@code 4.5(2) K},
 * {@code 36 ± 1 K}) is dropped and flagged, {@code from A to B} becomes a range; a bound
 * ({@code < 10 K}), a list ({@code 12 and 15 K}) or a colon in a number ({@code 4:5 K}, a decimal
 * point lost in PDF extraction that we will not guess back) is a reason.
 */
final class ValueText {

  /** The text for the unit parser with its flags, or a reason it is not a value. */
  record Reading(String text, List<String> flags, MeasurementReason reason, String message) {
    boolean ok() {
      return reason == null;
    }
  }

  private static final Pattern BOUND = Pattern.compile(
      "^(<|>|≤|≥|≲|≳|<=|>=|below|above|up to|over|under|as high as|as low as|exceeds?|exceeding"
          + "|less than|more than|higher than|lower than|greater than|at least|at most|beyond"
          + "|not (?:above|below)|from)(?=\\s|\\d|~|∼|$)");
  private static final Pattern APPROX = Pattern.compile(
      "^(~|∼|≈|≃|about|around|approximately|approx\\.|near|close to|ca\\.|c\\.)\\s*");
  private static final Pattern PAREN_UNCERTAINTY = Pattern.compile("(\\d)\\s?\\(\\d+\\)");
  private static final Pattern PLUS_MINUS = Pattern.compile("\\s*(±|\\+/-|\\+-)\\s*[0-9.]+");
  private static final Pattern LIST = Pattern.compile("\\d\\s*(,|;|\\band\\b|\\bor\\b|/)\\s*[~∼]?\\d");
  private static final Pattern COLON = Pattern.compile("\\d:\\d");
  /** {@code À} is how SuperMat's PDF extraction spells a dash between two numbers. */
  private static final Pattern GLYPH_DASH = Pattern.compile("(?<=\\d)\\s*À\\s*(?=\\d)");

  private ValueText() {
  }

  static Reading read(String cell) {
    String s = cell.strip();
    List<String> flags = new ArrayList<>();
    if (s.isEmpty()) {
      return new Reading(s, flags, MeasurementReason.MISSING_VALUE, "the value cell is blank");
    }
    String lower = s.toLowerCase(Locale.ROOT);
    boolean fromTo = lower.startsWith("from ") && lower.contains(" to ");
    if (fromTo) {
      s = s.substring(5).strip();
      lower = s.toLowerCase(Locale.ROOT);
    }
    Matcher bound = BOUND.matcher(lower);
    if (bound.find()) {
      return new Reading(s, flags, MeasurementReason.BOUND_VALUE,
          "'" + bound.group(1) + "' gives a bound, not a measured value");
    }
    Matcher approx = APPROX.matcher(lower);
    if (approx.find()) {
      s = s.substring(approx.end());
      flags.add("approximate");
    }
    // "from ∼ 30 K to ∼ 35 K": the approximation may stand before each end.
    if (fromTo) {
      String t = s.replaceAll("(?i)\\bto\\s*[~∼≈]\\s*", "to ");
      if (!t.equals(s) && !flags.contains("approximate")) {
        flags.add("approximate");
      }
      s = t;
    }
    if (COLON.matcher(s).find()) {
      return new Reading(s, flags, MeasurementReason.BAD_VALUE,
          "':' inside a number, probably a decimal point lost in extraction; not guessed back");
    }
    if (LIST.matcher(s).find()) {
      return new Reading(s, flags, MeasurementReason.MULTIPLE_VALUES,
          "the cell lists several values");
    }
    Matcher glyph = GLYPH_DASH.matcher(s);
    if (glyph.find()) {
      s = glyph.replaceAll("-");
      flags.add("glyph_repaired");
    }
    String t = PAREN_UNCERTAINTY.matcher(s).replaceAll("$1");
    t = PLUS_MINUS.matcher(t).replaceAll("");
    if (!t.equals(s)) {
      flags.add("uncertainty_dropped");
      s = t.strip();
    }
    return new Reading(s, flags, null, null);
  }
}
