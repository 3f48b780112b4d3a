package dev.anneal.normalize.synthesis;

import dev.anneal.normalize.composition.FormulaFlag;
import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds chemical formulas in prose ({@code LiCoO2}, {@code Ni(NO3)2·6H2O},
 * {@code La0.6Sr0.4Co0.2Fe0.8O3-δ}) and reads each with the project's {@link FormulaParser}.
 * A token counts only if it names at least two element symbols and has a digit or a lower-case
 * letter (so {@code VASP}, {@code SEM} and {@code CO} in capitals are not formulas), and the
 * parser reads it without stripping a charge. Single elements ({@code In}, {@code Bi}), laser
 * gases ({@code KrF}), sample codes ({@code BCN18}), tokens cut by an elision ({@code TiO<...>}),
 * elements past fermium ({@code NTs}), and motifs, polyanions, ions and element systems
 * ({@link dev.anneal.normalize.link.MotifFilter}) are not mentions. A composition series
 * ({@code La2-xSrxCuO4}) is read at x = 0; standard uncertainties ({@code Fe1.039(8)}) are
 * dropped before reading.
 */
public final class FormulaMentions {

  private static final Pattern TOKEN = Pattern.compile(
      "(?<![\\p{L}\\p{N}_)\\]])(?:\\([A-Z][A-Za-z0-9.]*\\)\\d*(?:\\.\\d+)?(?=[A-Z]))?"
      + "[A-Z][A-Za-z0-9₀-₉.()\\[\\]·•δα+\\-]*");
  /** A hydrate written with spaces around the dot: {@code LiOH · H2O}. */
  private static final Pattern SPACED_HYDRATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])([A-Z][A-Za-z0-9()]*)\\s+[·•]\\s+(\\d*(?:\\.\\d+)?H2O)(?![\\w])");
  /** Three capitals in a row and no digit: an acronym such as {@code GdCOB}, not a formula. */
  private static final Pattern CAPITALS = Pattern.compile("[A-Z]{3}");
  private static final Set<String> NOT_MATERIALS = Set.of("KrF", "ArF", "XeCl", "XeF", "HeNe",
      "CuKα", "CuK", "NaCl-KCl");
  /** Acronyms with a number: sample codes such as {@code BCN18}, {@code LSCF7328}. */
  private static final Pattern SAMPLE_CODE = Pattern.compile("^[A-Z]{3,}\\d{2,}$");
  /** Standard uncertainties in parentheses after a decimal: {@code Fe1.039(8)}. */
  private static final Pattern ESD = Pattern.compile("(?<=\\.\\d{1,8})\\(\\d{1,2}\\)");
  /** Where a source elided text (the recipe set's {@code <...>}, an ellipsis). */
  private static final Pattern ELIDED_AFTER = Pattern.compile("^(?:<\\.\\.\\.>|\\.\\.\\.|…)");
  private static final Pattern ELIDED_BEFORE = Pattern.compile("(?:<\\.\\.\\.>|\\.\\.\\.|…)$");
  private static final dev.anneal.normalize.composition.Variables ZERO =
      dev.anneal.normalize.composition.Variables.parse("x=0", "y=0", "z=0", "w=0");

  /**
   * One formula in the text.
   *
   * @param start  start offset
   * @param end    end offset
   * @param text   as written
   * @param parsed what the parser read
   */
  public record Mention(int start, int end, String text, FormulaResult.Parsed parsed) {
  }

  private FormulaMentions() {
  }

  /** Every formula in {@code text}, in order. */
  public static List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    List<int[]> covered = new ArrayList<>();
    Matcher h = SPACED_HYDRATE.matcher(text);
    while (h.find()) {
      String compact = h.group(1) + "·" + h.group(2);
      if (FormulaParser.parse(compact) instanceof FormulaResult.Parsed p
          && p.composition().elements().size() >= 2) {
        out.add(new Mention(h.start(), h.end(), compact, p));
        covered.add(new int[] {h.start(), h.end()});
      }
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String token = trim(m.group());
      final int at = m.start();
      if (covered.stream().anyMatch(c -> at >= c[0] && at < c[1])) {
        continue;
      }
      boolean insideFormula = at >= 2 && text.charAt(at - 1) == '('
          && Character.isLetterOrDigit(text.charAt(at - 2));
      boolean acronym = token.chars().noneMatch(Character::isDigit)
          && CAPITALS.matcher(token).find();
      if (!candidate(token) || NOT_MATERIALS.contains(token) || insideFormula || acronym
          || SAMPLE_CODE.matcher(token).matches()
          || ELIDED_AFTER.matcher(text.substring(m.start() + token.length())).find()
          || ELIDED_BEFORE.matcher(text.substring(0, m.start())).find()
          || dev.anneal.normalize.link.MotifFilter.notAMaterial(text, m.start(),
              m.start() + token.length(), m.start() + token.length())) {
        continue;
      }
      String plain = ESD.matcher(token).replaceAll("").replaceAll("-α$", "-δ");
      FormulaResult r = FormulaParser.parse(plain);
      if (!r.isParsed() && VARIABLE.matcher(plain).find()) {
        r = FormulaParser.parse(plain, ZERO); // La2-xSrxCuO4: a series, read at x = 0
      }
      if (r instanceof FormulaResult.Parsed p && !p.has(FormulaFlag.CHARGE_STRIPPED)
          && p.composition().elements().size() >= 2 && ordinary(p)) {
        out.add(new Mention(m.start(), m.start() + token.length(), token, p));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** A purity glued to a formula: {@code Eu2O3(99.99}. */
  private static final Pattern PURITY_TAIL = Pattern.compile("\\(\\d+(?:\\.\\d*)?%?$");
  private static final Pattern VARIABLE = Pattern.compile("[xyzδ]");

  /** No element past fermium: {@code NTs} is nanotubes, not nitrogen and tennessine. */
  private static boolean ordinary(FormulaResult.Parsed p) {
    for (String e : p.composition().elements()) {
      if (dev.anneal.ingest.chem.Element.require(e).atomicNumber() > 100) {
        return false;
      }
    }
    return true;
  }

  /** Drops sentence punctuation and unbalanced closing brackets from the end of a token. */
  static String trim(String token) {
    String t = PURITY_TAIL.matcher(token).replaceFirst("");
    while (!t.isEmpty()) {
      char last = t.charAt(t.length() - 1);
      if (last == '.' || last == '-' || last == '+' || last == '·' || last == '•'
          || (last == ')' && count(t, '(') < count(t, ')'))
          || (last == ']' && count(t, '[') < count(t, ']'))) {
        t = t.substring(0, t.length() - 1);
      } else {
        break;
      }
    }
    return t;
  }

  private static boolean candidate(String token) {
    int upper = 0;
    boolean digitOrLower = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isDigit(c) || Character.isLowerCase(c) || (c >= '₀' && c <= '₉')) {
        digitOrLower = true;
      }
    }
    return upper >= 2 && digitOrLower;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
