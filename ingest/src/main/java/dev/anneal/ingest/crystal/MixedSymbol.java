package dev.anneal.ingest.crystal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a type symbol that carries several species with their fractions, as the Pauling File
 * (Springer Materials) writes a disordered site: {@code '0.8Nb + 0.2Zr'},
 * {@code '0.50(2)Fe3+ + 0.50Mg'}. Only parts joined by {@code +} between spaces that each begin
 * with a number qualify, so {@code Fe3+} and {@code O2-} stay single species.
 */
final class MixedSymbol {

  /** One species of a mixed symbol: its element, its fraction of the site, its charge if written. */
  record Part(String element, double fraction, Double oxidationState) {
  }

  private static final Pattern PART = Pattern.compile(
      "^(\\d*\\.?\\d+)(?:\\(\\d+\\))?\\s*([A-Z][a-z]?)(\\d*[+-]|[+-]\\d*)?$");
  private static final Pattern JOIN = Pattern.compile("\\s+\\+\\s+");

  private MixedSymbol() {
  }

  /** The parts of {@code symbol}, or null when it is not a mixed symbol. */
  static List<Part> parse(String symbol) {
    String s = symbol.strip();
    if (s.isEmpty() || !Character.isDigit(s.charAt(0)) && s.charAt(0) != '.') {
      return null;
    }
    List<Part> out = new ArrayList<>();
    for (String piece : JOIN.split(s)) {
      Matcher m = PART.matcher(piece.strip());
      if (!m.matches()) {
        return null;
      }
      double f = Double.parseDouble(m.group(1));
      if (!(f > 0) || f > 1) {
        return null;
      }
      out.add(new Part(m.group(2), f, m.group(3) == null ? null : SpeciesSymbol.charge(m.group(3))));
    }
    return out;
  }
}
