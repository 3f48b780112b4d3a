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
 * elements ({@code In}, {@code Tc}, {@code Ar}) are not taken for formulas.
 *
 * <p>Not every formula-like token is a material: coordination polyhedra and structural motifs
 * ({@code FeO6 octahedra}, {@code PO4 tetrahedra}, {@code CuO2 planes}), polyanions on their
 * own ({@code PO4}, {@code SO4}), ions ({@code NH4+}, {@code Li⁺}) and element systems
 * ({@code Li-Fe-P-O}) are skipped ({@link MotifFilter}). Subscript digits are read as digits, so
 * {@code TiO₂} is TiO2, never the fragment TiO.
 *
 * <p>Phase words go to formulas by syntax and distance: a word within {@link #ADJACENT}
 * characters of a formula in its sentence belongs to the nearest one ({@code hematite Fe2O3 was
 * reduced to Fe3O4}); a word farther away belongs to the formula of its sentence only when the
 * sentence names exactly one, and otherwise to none (it never spreads over every formula of a
 * sentence or paragraph). For a formula field whose formula the text never writes, the words
 * that belong to no formula are its hints ({@link #hintsFor}).
 */
public final class MentionFinder {

  /** Characters between a phase word and a formula within which they belong together. */
  public static final int ADJACENT = 15;

  private static final Pattern DOPED = Pattern.compile(
      "(?<![A-Za-z])([A-Z][a-z]?)[- ](?:co-?)?doped\\s+([A-Z][A-Za-z0-9().+\\-−δ]*[A-Za-z0-9)δ])");
  private static final Pattern TOKEN = Pattern.compile(
      "(?<![A-Za-z0-9\\-])([A-Z][A-Za-z0-9().+\\-−δ·:]*[A-Za-z0-9)δ])");
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[A-Za-z0-9)\\]][.!?])\\s+(?=[A-Z(])");
  private static final Pattern ACRONYM = Pattern.compile("^[A-Z]+$");
  private static final int MAX_TEXT = 200_000;

  /**
   * What a text says: its mentions, and the phase words adjacent to no formula.
   *
   * @param mentions the distinct formulas, in order of first appearance
   * @param free     the occurrences of phase words far from every formula
   */
  public record Reading(List<Mention> mentions, List<PhaseHints.Occurrence> free) {
  }

  private record Span(FormulaRef ref, int start, int end) {
  }

  private MentionFinder() {
  }

  /** The distinct formulas in {@code text}, in order of first appearance. */
  public static List<Mention> find(String text) {
    return read(text).mentions();
  }

  /**
   * The phase hints a text gives for the formula of a formula field written {@code asWritten}:
   * those of its mention when the text writes it, else the text's free phase words; plus any
   * phase word in the field itself ({@code TiO2 (anatase)}).
   */
  public static PhaseHints hintsFor(String asWritten, String reducedFormula, String text) {
    List<PhaseHints.Occurrence> all = new ArrayList<>(PhaseHints.occurrences(asWritten));
    Reading r = read(text);
    Mention own = null;
    for (Mention m : r.mentions()) {
      if (m.formula().reducedFormula().equals(reducedFormula)) {
        own = m;
      }
    }
    PhaseHints base = own != null ? own.hints() : PhaseHints.combine(r.free());
    PhaseHints field = PhaseHints.combine(all);
    if (field.isEmpty()) {
      return base;
    }
    if (base.isEmpty()) {
      return field;
    }
    List<String> evidence = new ArrayList<>(field.evidence());
    evidence.addAll(base.evidence());
    java.util.Set<Integer> both = new java.util.TreeSet<>(field.numbers());
    both.retainAll(base.numbers());
    return new PhaseHints(both.isEmpty() ? field.numbers() : both, evidence);
  }

  /** The mentions and free phase words of {@code text}. */
  public static Reading read(String text) {
    if (text == null || text.isEmpty()) {
      return new Reading(List.of(), List.of());
    }
    String t = MotifFilter.plainDigits(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT)
        : text);
    Map<String, List<PhaseHints.Occurrence>> hints = new LinkedHashMap<>();
    Map<String, FormulaRef> refs = new LinkedHashMap<>();
    List<PhaseHints.Occurrence> free = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(t)) {
      List<Span> spans = spans(sentence);
      List<PhaseHints.Occurrence> sentenceFree = new ArrayList<>();
      Map<Span, List<PhaseHints.Occurrence>> assigned = new LinkedHashMap<>();
      for (Span s : spans) {
        assigned.put(s, new ArrayList<>());
      }
      for (PhaseHints.Occurrence o : PhaseHints.occurrences(sentence)) {
        Span nearest = null;
        int best = Integer.MAX_VALUE;
        for (Span s : spans) {
          int gap = Math.max(0, Math.max(o.start() - s.end(), s.start() - o.end()));
          if (gap < best && related(sentence, s, o)) {
            best = gap;
            nearest = s;
          }
        }
        if (nearest != null && best <= ADJACENT) {
          assigned.get(nearest).add(o);
        } else {
          sentenceFree.add(o);
        }
      }
      java.util.Set<String> distinct = new java.util.HashSet<>();
      spans.forEach(s -> distinct.add(s.ref().reducedFormula()));
      if (distinct.size() != 1) {
        free.addAll(sentenceFree);
      }
      for (Span s : spans) {
        String key = s.ref().reducedFormula();
        refs.putIfAbsent(key, s.ref());
        List<PhaseHints.Occurrence> h = hints.computeIfAbsent(key, k -> new ArrayList<>());
        h.addAll(assigned.get(s));
        if (distinct.size() == 1) {
          h.addAll(sentenceFree);
        }
      }
    }
    List<Mention> mentions = new ArrayList<>();
    for (Map.Entry<String, FormulaRef> e : refs.entrySet()) {
      mentions.add(new Mention(e.getValue(), PhaseHints.combine(hints.get(e.getKey()))));
    }
    return new Reading(mentions, free);
  }

  /**
   * Whether a phase word may describe a formula by syntax: nothing but words, a hyphen or an
   * opening bracket right after the formula lie between them, so a clause boundary ({@code ;},
   * {@code :}) or a closed bracket separates ({@code (Pnma); no Fe2P} does not describe Fe2P).
   */
  private static boolean related(String sentence, Span s, PhaseHints.Occurrence o) {
    int from = Math.min(s.end(), o.end());
    int to = Math.max(s.start(), o.start());
    if (to <= from) {
      return true;
    }
    String gap = sentence.substring(from, to);
    if (o.start() >= s.end() && OPENING.matcher(gap).matches()) {
      return true; // LiFePO4 (Pnma, no. 62)
    }
    return !BOUNDARY.matcher(gap).find();
  }

  private static final Pattern OPENING = Pattern.compile("\\s*[(\\[]\\s*(?:space group\\s*)?");
  private static final Pattern BOUNDARY = Pattern.compile("[;:()\\[\\]]|\\b(?:no|not|and|or|but|whereas|while)\\b");

  private static List<Span> spans(String sentence) {
    List<Span> out = new ArrayList<>();
    StringBuilder rest = new StringBuilder(sentence);
    Matcher d = DOPED.matcher(sentence);
    while (d.find()) {
      add(out, FormulaReader.read(d.group(1) + "-doped " + d.group(2)), d.start(), d.end());
      for (int i = d.start(); i < d.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    Matcher m = TOKEN.matcher(rest);
    while (m.find()) {
      String token = trim(m.group(1));
      if (token.length() < 2 || token.length() > FormulaParser.MAX_LENGTH
          || ACRONYM.matcher(token).matches()
          || MotifFilter.notAMaterial(sentence, m.start(), m.start() + token.length(),
              m.end())) {
        continue;
      }
      add(out, FormulaReader.read(token), m.start(), m.end());
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static String trim(String token) {
    String t = token;
    while (t.endsWith(":") || t.endsWith("-") || t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith(")") && count(t, '(') < count(t, ')')) {
      t = t.substring(0, t.length() - 1);
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

  private static void add(List<Span> out, FormulaRef ref, int start, int end) {
    if (ref == null || ref.reducedFormula().isEmpty() || elementCount(ref.reducedFormula()) < 2) {
      return;
    }
    out.add(new Span(ref, start, end));
  }

  private static int elementCount(String formula) {
    int n = 0;
    for (int i = 0; i < formula.length(); i++) {
      n += Character.isUpperCase(formula.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
