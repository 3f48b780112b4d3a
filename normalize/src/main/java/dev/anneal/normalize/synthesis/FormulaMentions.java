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
 * parser reads it without stripping a charge. Single elements ({@code In}, {@code Bi}) and
 * laser gases ({@code KrF}) are not mentions.
 */
public final class FormulaMentions {

  private static final Pattern TOKEN = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])[A-Z][A-Za-z0-9₀-₉.()\\[\\]·•δ+\\-]*");
  private static final Set<String> NOT_MATERIALS = Set.of("KrF", "ArF", "XeCl", "XeF", "HeNe",
      "CuKα", "NaCl-KCl");

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
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String token = trim(m.group());
      if (!candidate(token) || NOT_MATERIALS.contains(token)) {
        continue;
      }
      FormulaResult r = FormulaParser.parse(token);
      if (r instanceof FormulaResult.Parsed p && !p.has(FormulaFlag.CHARGE_STRIPPED)
          && p.composition().elements().size() >= 2) {
        out.add(new Mention(m.start(), m.start() + token.length(), token, p));
      }
    }
    return out;
  }

  /** Drops sentence punctuation and unbalanced closing brackets from the end of a token. */
  static String trim(String token) {
    String t = token;
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
