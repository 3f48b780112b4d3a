package dev.anneal.ingest.lablog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column header split into its name and the unit written after it: {@code Tc (K)},
 * {@code Temperature [°C]}, {@code dHf / kJ mol-1}; the unit is kept as written, never read here.
 *
 * <p>{@link #of} reads the unambiguous conventions (a unit in brackets, or after a slash with
 * spaces round it). {@link #alternatives} gives the readings of the conventions that can also be
 * part of a name ({@code Tc/K} and {@code Tc_K}); a mapping tries them only when the header as a
 * whole maps to nothing, and only when what follows the separator starts with a unit symbol.
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
   * Other ways to read an unbracketed header, most specific first: the IUPAC quantity/unit
   * ({@code Tc/K}, {@code Hf/eV atom-1}) and quantity_unit ({@code Tc_K},
   * {@code Ef_eV_per_atom}, {@code dHf_kJ_mol}). In quantity_unit, {@code _per_} is a slash and
   * so is a single underscore left inside the unit ({@code eV_atom} is eV/atom, {@code K_min}
   * K/min); further underscores are spaces ({@code kJ_mol-1} is kJ mol-1).
   */
  public java.util.List<HeaderName> alternatives() {
    java.util.List<HeaderName> out = new java.util.ArrayList<>();
    if (!unit.isEmpty()) {
      return out;
    }
    int slash = asWritten.indexOf('/');
    if (slash > 0 && slash < asWritten.length() - 1) {
      String n = asWritten.substring(0, slash).strip();
      String u = asWritten.substring(slash + 1).strip();
      if (!n.isEmpty() && UnitLexicon.looksLikeUnit(u)) {
        out.add(new HeaderName(asWritten, n, u));
      }
    }
    for (int i = asWritten.lastIndexOf('_'); i > 0; i = asWritten.lastIndexOf('_', i - 1)) {
      String n = asWritten.substring(0, i).strip();
      String u = underscoreUnit(asWritten.substring(i + 1).strip());
      if (!n.isEmpty() && !n.endsWith("_") && UnitLexicon.looksLikeUnit(u)) {
        out.add(new HeaderName(asWritten, n, u));
      }
    }
    return out;
  }

  private static String underscoreUnit(String u) {
    String t = u.replaceAll("(?i)_per_", "/");
    if (t.indexOf('_') >= 0 && t.indexOf('_') == t.lastIndexOf('_') && t.indexOf('/') < 0) {
      return t.replace('_', '/');
    }
    return t.replace('_', ' ');
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
