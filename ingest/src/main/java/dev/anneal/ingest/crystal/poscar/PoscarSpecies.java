package dev.anneal.ingest.crystal.poscar;

import dev.anneal.ingest.chem.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the names a POSCAR gives its species into element symbols: VASP 6 POTCAR names
 * ({@code Fe_pv}, {@code Fe_pv/a1b2c3}) and, for VASP 4 files, the comment line as ASE reads it.
 */
public final class PoscarSpecies {

  private static final Pattern SYMBOL = Pattern.compile("[A-Z][a-z]?");
  private static final Pattern FORMULA = Pattern.compile("(?:[A-Z][a-z]?)+");
  /** What ASE strips from each comment word before reading it as a formula. */
  private static final Pattern COMMENT_DELIMS = Pattern.compile("[-_,.=0-9]");

  private PoscarSpecies() {
  }

  /**
   * The element a species-line token names, or null: the POTCAR suffix after {@code _} or
   * {@code /} is dropped ({@code Fe_pv/hash} → Fe), since VASP 6 writes the POTCAR title there.
   */
  public static String element(String token) {
    int cut = token.length();
    int us = token.indexOf('_');
    int sl = token.indexOf('/');
    if (us >= 0) {
      cut = Math.min(cut, us);
    }
    if (sl >= 0) {
      cut = Math.min(cut, sl);
    }
    String symbol = token.substring(0, cut);
    return Element.isSymbol(symbol) ? symbol : null;
  }

  /**
   * The element symbols in a VASP 4 comment line, the way ASE's {@code read_vasp} finds them:
   * each word stripped of {@code - _ , . =} and digits, and kept if what remains is a run of
   * element symbols ({@code Bi2Te3} → Bi, Te; {@code B1} → B). Words that are not formulas
   * ({@code from}, {@code relaxed}) are skipped.
   */
  public static List<String> fromComment(String comment) {
    List<String> out = new ArrayList<>();
    for (String word : comment.trim().split("\\s+")) {
      String bare = COMMENT_DELIMS.matcher(word).replaceAll("");
      if (bare.isEmpty() || !FORMULA.matcher(bare).matches()) {
        continue;
      }
      List<String> symbols = new ArrayList<>();
      Matcher m = SYMBOL.matcher(bare);
      boolean all = true;
      while (m.find()) {
        if (!Element.isSymbol(m.group())) {
          all = false;
          break;
        }
        symbols.add(m.group());
      }
      if (all) {
        out.addAll(symbols);
      }
    }
    return out;
  }
}
