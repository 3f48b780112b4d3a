package dev.anneal.ingest.crystal;

import dev.anneal.ingest.chem.Element;

/**
 * Reads the element and oxidation state out of an atom-site type symbol ({@code Fe3+},
 * {@code O2-}, {@code Fe+3}) or, failing that, a site label ({@code Ca1}, {@code O2a}).
 *
 * <p>The element is found as pymatgen's CIF reader finds it, so formulas agree with it: the first
 * two characters title-cased if they are a symbol ({@code CL1} → Cl), else the first character;
 * water labels {@code Ow}/{@code Hw}/{@code Wat} are O and H. Deuterium ({@code D}) is read as
 * hydrogen and flagged, since the element table has no isotopes.
 *
 * @param element        the element symbol
 * @param oxidationState the formal charge written in the symbol, or null
 * @param deuterium      whether the symbol was D (read as H)
 */
public record SpeciesSymbol(String element, Double oxidationState, boolean deuterium) {

  /** The species {@code raw} names, or null if it names no element. */
  public static SpeciesSymbol parse(String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    if (raw.startsWith("Hw")) {
      return new SpeciesSymbol("H", null, false);
    }
    if (raw.startsWith("Ow") || raw.startsWith("Wat") || raw.startsWith("wat")) {
      return new SpeciesSymbol("O", null, false);
    }
    if (raw.startsWith("NO3")) {
      // A nitrate written as one site; without this it would read as nobelium.
      return new SpeciesSymbol("N", null, false);
    }
    int letters = 0;
    while (letters < raw.length() && Character.isLetter(raw.charAt(letters))) {
      letters++;
    }
    if (letters == 0) {
      return null;
    }
    String element = null;
    int used = 0;
    if (raw.length() >= 2) {
      String two = titleCase(raw.substring(0, 2));
      if (Element.isSymbol(two)) {
        element = two;
        used = 2;
      }
    }
    if (element == null) {
      String one = String.valueOf(Character.toUpperCase(raw.charAt(0)));
      if (Element.isSymbol(one)) {
        element = one;
        used = 1;
      }
    }
    boolean deuterium = false;
    if (element == null && (raw.charAt(0) == 'D' || raw.charAt(0) == 'd')
        && (letters == 1 || !Character.isLowerCase(raw.charAt(1)))) {
      element = "H";
      used = 1;
      deuterium = true;
    }
    if (element == null) {
      return null;
    }
    return new SpeciesSymbol(element, used == letters ? charge(raw.substring(letters)) : null,
        deuterium);
  }

  /** The charge in a suffix such as {@code 3+}, {@code +3}, {@code 2-}, {@code -}; else null. */
  static Double charge(String suffix) {
    int n = suffix.length();
    if (n == 0) {
      return null;
    }
    char first = suffix.charAt(0);
    char last = suffix.charAt(n - 1);
    String digits;
    double sign;
    if (last == '+' || last == '-') {
      sign = last == '-' ? -1 : 1;
      digits = suffix.substring(0, n - 1);
    } else if (first == '+' || first == '-') {
      sign = first == '-' ? -1 : 1;
      digits = suffix.substring(1);
    } else {
      return null;
    }
    if (digits.isEmpty()) {
      return sign;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.')) {
        return null;
      }
    }
    try {
      return sign * Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String titleCase(String two) {
    return Character.toUpperCase(two.charAt(0)) + two.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
