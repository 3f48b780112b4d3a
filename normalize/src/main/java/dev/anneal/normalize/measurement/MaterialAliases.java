package dev.anneal.normalize.measurement;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few trade names of superconductors that name one nominal composition ({@code YBCO},
 * {@code Y-123}, {@code Bi-2212}, {@code Hg-1223}), and the acronyms that must never reach the
 * formula parser because they spell elements by accident ({@code YBCO} is not Y+B+C+O,
 * {@code BSCCO} is a family, not a compound).
 *
 * <p>An alias gives the nominal formula with its oxygen deviation open ({@code O7-δ}): the parser
 * reads δ as 0 and flags the composition nonstoichiometric, and the measurement is flagged
 * {@code alias}. Oxygen-content notations such as {@code YBCO 6.7} are not expanded: whether 6.7
 * is O6.7 is a convention of one community, so they are rejected as trade names.
 */
final class MaterialAliases {

  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    put("YBa2Cu3O7-δ", "YBCO", "Y-123", "Y123", "YBCO-123", "Y-Ba-Cu-O");
    put("YBa2Cu4O8", "Y-124", "Y124");
    put("Bi2Sr2CuO6+δ", "Bi-2201", "Bi2201");
    put("Bi2Sr2CaCu2O8+δ", "Bi-2212", "Bi2212", "BSCCO-2212");
    put("Bi2Sr2Ca2Cu3O10+δ", "Bi-2223", "Bi2223", "BSCCO-2223");
    put("HgBa2CuO4+δ", "Hg-1201", "Hg1201");
    put("HgBa2CaCu2O6+δ", "Hg-1212", "Hg1212");
    put("HgBa2Ca2Cu3O8+δ", "Hg-1223", "Hg1223");
    put("Tl2Ba2CuO6+δ", "Tl-2201", "Tl2201");
    put("Tl2Ba2CaCu2O8+δ", "Tl-2212", "Tl2212");
    put("Tl2Ba2Ca2Cu3O10+δ", "Tl-2223", "Tl2223");
  }

  /** Acronyms of three letters that parse as elements; longer all-capital words are caught by shape. */
  private static final Set<String> ACRONYMS = Set.of("BFO", "BCO", "SCO", "CCO", "NCO", "KBO");
  private static final Pattern CAPITAL_WORD = Pattern.compile("(?<![A-Za-z])[A-Z]{4,}(?![a-z0-9])");

  /** {@code Hg-2212}, {@code Pr-123}, {@code Ru1222}: an element and a 3–4 digit family number. */
  private static final Pattern FAMILY = Pattern.compile("^[A-Z][a-z]?\\s*-?\\s*\\d{3,4}$");

  /** Whether {@code text} is a family notation (element and digits) not resolved by the table. */
  static boolean isFamilyNotation(String text) {
    return FAMILY.matcher(text.strip()).matches();
  }

  private static void put(String formula, String... names) {
    for (String n : names) {
      ALIASES.put(key(n), formula);
    }
  }

  private MaterialAliases() {
  }

  private static String key(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** The nominal formula {@code text} is a trade name for, or null. */
  static String formulaFor(String text) {
    return ALIASES.get(key(text));
  }

  /**
   * Whether {@code text} holds an acronym that is no formula: a word of four or more capitals
   * ({@code YBCO}, {@code BSCCO}, {@code LSCO}, {@code NCCO}) or a listed three-letter one.
   */
  static boolean hasAcronym(String text) {
    if (CAPITAL_WORD.matcher(text).find()) {
      return true;
    }
    for (String word : text.split("[\\s,;()\\-]+")) {
      if (ACRONYMS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
