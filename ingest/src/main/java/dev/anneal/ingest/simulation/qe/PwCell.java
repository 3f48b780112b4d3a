package dev.anneal.ingest.simulation.qe;

import dev.anneal.ingest.chem.Element;
import dev.anneal.ingest.simulation.Units;
import java.util.Locale;

/**
 * The units pw.x writes cells and positions in, and their conversion to Å: {@code alat}
 * (multiples of the lattice parameter, itself in Bohr), {@code bohr}, {@code angstrom} and, for
 * positions, {@code crystal} (fractional).
 */
final class PwCell {

  private PwCell() {
  }

  /** The unit word of a card header such as {@code ATOMIC_POSITIONS (crystal)} or {@code {alat}}. */
  static String unit(String header) {
    String h = header.toLowerCase(Locale.ROOT);
    for (String u : new String[] {"crystal_sg", "crystal", "angstrom", "bohr", "alat"}) {
      if (h.contains(u)) {
        return u;
      }
    }
    // pw.x's default for both cards when no unit is given is alat.
    return "alat";
  }

  /** The scale factor from {@code unit} to Å; {@code alatBohr} is the lattice parameter. */
  static double toAngstrom(String unit, double alatBohr) {
    return switch (unit) {
      case "angstrom" -> 1.0;
      case "bohr" -> Units.BOHR_ANGSTROM;
      default -> alatBohr * Units.BOHR_ANGSTROM;
    };
  }

  /**
   * The alat of a {@code CELL_PARAMETERS (alat= 10.2)} header, which pw.x writes during a
   * variable-cell relaxation, or NaN when the header names none.
   */
  static double alatOfHeader(String header) {
    int at = header.indexOf("alat=");
    if (at < 0) {
      return Double.NaN;
    }
    String rest = header.substring(at + 5).replaceAll("[^0-9.eEdD+-]+", " ").trim();
    String[] parts = rest.split("\\s+");
    return parts.length == 0 || parts[0].isEmpty() ? Double.NaN
        : Double.parseDouble(parts[0].replace('D', 'E').replace('d', 'e'));
  }

  /**
   * An element symbol from a pw.x species label: {@code Fe1} → Fe, {@code O_up} → O; a two-letter
   * prefix that is no element ({@code Ox}) falls back to its first letter.
   */
  static String element(String label) {
    StringBuilder sb = new StringBuilder();
    for (char c : label.toCharArray()) {
      if (!Character.isLetter(c) || sb.length() == 2) {
        break;
      }
      sb.append(sb.length() == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    String symbol = sb.toString();
    if (symbol.length() == 2 && !Element.isSymbol(symbol)) {
      return symbol.substring(0, 1);
    }
    return symbol;
  }
}
