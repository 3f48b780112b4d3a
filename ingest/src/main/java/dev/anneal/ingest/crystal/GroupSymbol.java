package dev.anneal.ingest.crystal;

import dev.anneal.ingest.chem.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes atom-site symbols that name a group of atoms ({@code OH}, {@code NH3},
 * {@code H2O}, {@code NO3}, {@code SiO4}, {@code Wat}) rather than one element, so that no group
 * is read as the element its first letters spell ({@code NH3} as nihonium, {@code NO3} as
 * nobelium or as nitrogen alone, {@code OH} as oxygen alone).
 *
 * <p>A symbol is a group when its letters are two or more element tokens ({@code N}+{@code H})
 * and it cannot be one element: written in mixed case ({@code SiO4}, {@code OH}), or in capitals
 * whose first two letters are no element up to fermium ({@code NH3}: Nh is element 113, which
 * no crystal holds). Capitals that spell a real element stay that element, as pymatgen reads
 * them ({@code CO1}, {@code NB2} are cobalt and niobium labels), except, in a type symbol, the
 * polyatomic ions that are written that way ({@code PO4}, {@code CO3}). A label (read only when
 * a site has no type symbol) names one atom, {@code HN1} a hydrogen on a nitrogen, so it is a
 * group only when its letters would otherwise spell an element past fermium ({@code NH1}).
 * Water-atom labels ({@code Ow}, {@code Hw}) are atoms, not groups.
 */
final class GroupSymbol {

  private static final Pattern TOKENS = Pattern.compile("^((?:[A-Z][a-z]?){2,})(\\d*)(?![a-z])");
  private static final Pattern WATER = Pattern.compile("^(?i)(wat|water|hoh|oh2|h2o|d2o)(?![a-z])");
  private static final Set<String> POLYATOMIC = Set.of("PO4", "CO3", "SO4", "NO3", "NO2", "NH4",
      "NH3", "NH2", "OH", "CN", "SCN", "CH3", "CH2", "BO3", "BH4", "BF4", "PF6", "SIO4", "CLO4");
  /** The heaviest element taken to be meant by capitals: fermium; nothing heavier is in a crystal. */
  private static final int HEAVIEST_REAL = 100;

  private GroupSymbol() {
  }

  /**
   * The group's formula as written ({@code NH3}, {@code H2O} for {@code Wat}) when
   * {@code symbol} names one, else null.
   *
   * @param typeSymbol whether the symbol is an {@code _atom_site_type_symbol} (which carries no
   *                   site number, so {@code CO3} there is carbonate) rather than a label
   */
  static String formula(String symbol, boolean typeSymbol) {
    String s = symbol.strip();
    if (WATER.matcher(s).find()) {
      return "H2O";
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("ow") || lower.startsWith("hw")) {
      return null;
    }
    Matcher m = TOKENS.matcher(s);
    if (!m.find()) {
      return null;
    }
    String letters = m.group(1);
    List<String> tokens = new ArrayList<>();
    Matcher t = Pattern.compile("[A-Z][a-z]?").matcher(letters);
    while (t.find()) {
      tokens.add(t.group());
    }
    for (String tok : tokens) {
      if (!Element.isSymbol(tok)) {
        return null; // "CL1", "NA1": one element in capitals
      }
    }
    String written = letters + m.group(2);
    String two = letters.charAt(0) + letters.substring(1, 2).toLowerCase(Locale.ROOT);
    boolean superheavy = Element.isSymbol(two) && Element.require(two).atomicNumber() > HEAVIEST_REAL;
    if (!typeSymbol) {
      // A label names an atom ("HN1" is a hydrogen on a nitrogen, "OH1" a hydroxyl oxygen);
      // only a reading that would give an element no crystal holds marks a group.
      return superheavy ? written : null;
    }
    if (letters.equals(letters.toUpperCase(Locale.ROOT))) {
      if (typeSymbol && POLYATOMIC.contains(written.toUpperCase(Locale.ROOT))) {
        return written;
      }
      if (Element.isSymbol(two) && !superheavy) {
        return null;
      }
    }
    return written;
  }
}
