package dev.anneal.normalize.link;

import dev.anneal.normalize.composition.FormulaParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds chemical formulas in prose: tokens that read as a composition of at least two elements
 * ({@code LiFePO4}, {@code Ba2YCu3O7-δ}, {@code La2-xSrxCuO4}, {@code Fe-doped TiO2},
 * {@code ZnO:Al}). Acronyms in capitals without digits ({@code BCS}, {@code ICSD}) and single
 * elements ({@code In}, {@code Tc}, {@code Ar}) are not taken for formulas. One mention per
 * distinct material, with the phase hints of its sentence (or of the text when its sentence has
 * none).
 */
public final class MentionFinder {

  private static final Pattern DOPED = Pattern.compile(
      "(?<![A-Za-z])([A-Z][a-z]?)[- ](?:co-?)?doped\\s+([A-Z][A-Za-z0-9().+\\-−δ]*[A-Za-z0-9)δ])");
  private static final Pattern TOKEN = Pattern.compile(
      "(?<![A-Za-z0-9\\-])([A-Z][A-Za-z0-9().+\\-−δ·:]*[A-Za-z0-9)δ])");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9)\\]][.!?;])\\s+(?=[A-Z(])");
  private static final Pattern ACRONYM = Pattern.compile("^[A-Z]+$");
  private static final int MAX_TEXT = 200_000;

  private MentionFinder() {
  }

  /** The distinct formulas in {@code text}, in order of first appearance. */
  public static List<Mention> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    PhaseHints whole = PhaseHints.of(t);
    Map<String, Mention> found = new LinkedHashMap<>();
    for (String sentence : SENTENCE_END.split(t)) {
      PhaseHints local = PhaseHints.of(sentence);
      PhaseHints hints = local.isEmpty() ? whole : local;
      StringBuilder rest = new StringBuilder(sentence);
      Matcher d = DOPED.matcher(sentence);
      while (d.find()) {
        add(found, FormulaReader.read(d.group(1) + "-doped " + d.group(2)), hints);
        for (int i = d.start(); i < d.end(); i++) {
          rest.setCharAt(i, ' ');
        }
      }
      Matcher m = TOKEN.matcher(rest);
      while (m.find()) {
        String token = trim(m.group(1));
        if (token.length() < 2 || token.length() > FormulaParser.MAX_LENGTH
            || ACRONYM.matcher(token).matches()) {
          continue;
        }
        add(found, FormulaReader.read(token), hints);
      }
    }
    return new ArrayList<>(found.values());
  }

  private static String trim(String token) {
    String t = token;
    while (t.endsWith(":") || t.endsWith("-") || t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith(")") && count(t, '(') < count(t, ')')) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.startsWith("(") && count(t, '(') > count(t, ')')) {
      t = t.substring(1);
    }
    return t;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static void add(Map<String, Mention> found, FormulaRef ref, PhaseHints hints) {
    if (ref == null || ref.reducedFormula().isEmpty() || elementCount(ref.reducedFormula()) < 2) {
      return;
    }
    found.putIfAbsent(ref.reducedFormula(), new Mention(ref, hints));
  }

  private static int elementCount(String formula) {
    int n = 0;
    for (int i = 0; i < formula.length(); i++) {
      n += Character.isUpperCase(formula.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
