package dev.anneal.ingest.lablog;

import java.util.Set;

/**
 * Tells whether a piece of header text looks like a unit, so that the conventions that carry no
 * brackets ({@code Tc/K}, {@code Tc_K}, a row of units under the header) are only read as a unit
 * when they start with a unit symbol. It never converts anything: the unit parser in normalize
 * decides what a unit means, and an unknown one is quarantined there.
 */
final class UnitLexicon {

  /** The symbols a unit written in a lab log starts with. */
  private static final Set<String> FIRST = Set.of(
      "K", "mK", "C", "°C", "degC", "oC", "F", "°F", "kelvin", "Kelvin", "celsius", "Celsius",
      "s", "ms", "min", "h", "hr", "hrs", "d", "day", "days", "sec",
      "eV", "meV", "keV", "Ry", "mRy", "Ha", "mHa", "J", "kJ", "kcal", "cal",
      "GPa", "MPa", "kPa", "Pa", "hPa", "TPa", "bar", "kbar", "mbar", "Mbar", "Torr", "mTorr",
      "torr", "atm", "psi", "mmHg", "%", "nm", "Å", "A", "g", "mg", "wt%", "at%", "mol%");

  private UnitLexicon() {
  }

  /** Whether {@code text} (trimmed, without brackets) starts with a unit symbol. */
  static boolean looksLikeUnit(String text) {
    String t = stripBrackets(text.strip());
    if (t.isEmpty() || t.length() > 32) {
      return false;
    }
    int end = 0;
    while (end < t.length() && " /_^·*-−⁻¹²³0123456789".indexOf(t.charAt(end)) < 0) {
      end++;
    }
    return end > 0 && FIRST.contains(t.substring(0, end));
  }

  /** {@code [K]}, {@code (K)} and {@code {K}} as {@code K}. */
  static String stripBrackets(String text) {
    String t = text.strip();
    if (t.length() >= 2 && "([{".indexOf(t.charAt(0)) >= 0 && ")]}".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return t.substring(1, t.length() - 1).strip();
    }
    return t;
  }
}
