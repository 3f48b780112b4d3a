package dev.anneal.ingest.lablog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column header split into its name and the unit written after it: {@code Tc (K)},
 * {@code Temperature [°C]}, {@code dHf / kJ mol-1}; the unit is kept as written, never read here.
 *
 * @param asWritten the header as written, trimmed
 * @param name      the name without the unit
 * @param unit      the unit as written, or "" when the header has none
 */
public record HeaderName(String asWritten, String name, String unit) {

  private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*[(\\[{]([^()\\[\\]{}]*)[)\\]}]\\s*$");
  private static final Pattern SLASHED = Pattern.compile("^([^/]+?)\\s+/\\s+(\\S.*)$");

  /** Splits {@code header}. */
  public static HeaderName of(String header) {
    String h = header.strip();
    Matcher m = BRACKETED.matcher(h);
    if (m.matches() && !m.group(1).isBlank()) {
      return new HeaderName(h, m.group(1).strip(), m.group(2).strip());
    }
    m = SLASHED.matcher(h);
    if (m.matches()) {
      return new HeaderName(h, m.group(1).strip(), m.group(2).strip());
    }
    return new HeaderName(h, h, "");
  }

  /**
   * The name folded for matching: lower case, with spaces, dashes, dots and underscores removed
   * and camelCase split away, so {@code T_c}, {@code tc}, {@code tcValue} and {@code T c} all fold
   * to a comparable key.
   */
  public String key() {
    return fold(name);
  }

  /** Folds any header text as {@link #key()} does. */
  public static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", "");
  }
}
