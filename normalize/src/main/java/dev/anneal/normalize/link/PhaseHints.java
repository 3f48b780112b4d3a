package dev.anneal.normalize.link;

import dev.anneal.ingest.chem.Element;
import dev.anneal.ingest.crystal.SpaceGroupTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The space groups a text allows for the material it describes: mineral and structure-type
 * names ({@code anatase} → 141, {@code rutile} → 136, {@code olivine} → 62), crystal systems
 * ({@code tetragonal} → 75–142), Hermann–Mauguin symbols ({@code P4/mmm}, {@code I4/mmm},
 * {@code Pnma}, {@code Fm-3m}) and numbers ({@code space group 141}).
 *
 * @param numbers  the allowed space-group numbers (empty: the text says nothing)
 * @param evidence what was read, e.g. {@code phase:anatase}, {@code sg:P4/mmm}, {@code system:tetragonal}
 */
public record PhaseHints(Set<Integer> numbers, List<String> evidence) {

  /** Phase words (a regex alternation) read as structure types. */
  static final String WORDS = "anatase|rutile|brookite|wurtzite|zinc[- ]?blende|sphalerite"
      + "|rock[- ]?salt|halite|olivine|spinel|fluorite|corundum|diamond|perovskite|quartz"
      + "|chalcopyrite|pyrite|cristobalite|tridymite|hematite|magnetite|maghemite|calcite"
      + "|aragonite|graphite|delafossite|pyrochlore|NASICON|garnet";

  private static final Map<String, int[]> PHASES = new LinkedHashMap<>();
  private static final Map<String, int[]> SYSTEMS = new LinkedHashMap<>();

  static {
    PHASES.put("anatase", new int[] {141});
    PHASES.put("rutile", new int[] {136});
    PHASES.put("brookite", new int[] {61});
    PHASES.put("wurtzite", new int[] {186});
    PHASES.put("zincblende", new int[] {216});
    PHASES.put("sphalerite", new int[] {216});
    PHASES.put("rocksalt", new int[] {225});
    PHASES.put("halite", new int[] {225});
    PHASES.put("olivine", new int[] {62});
    PHASES.put("spinel", new int[] {227});
    PHASES.put("fluorite", new int[] {225});
    PHASES.put("corundum", new int[] {167});
    PHASES.put("hematite", new int[] {167});
    PHASES.put("diamond", new int[] {227});
    PHASES.put("quartz", new int[] {152, 154, 180, 181});
    PHASES.put("cristobalite", new int[] {92, 96, 227});
    PHASES.put("chalcopyrite", new int[] {122});
    PHASES.put("pyrite", new int[] {205});
    PHASES.put("magnetite", new int[] {227});
    PHASES.put("calcite", new int[] {167});
    PHASES.put("aragonite", new int[] {62});
    PHASES.put("graphite", new int[] {194});
    PHASES.put("delafossite", new int[] {166, 194});
    PHASES.put("pyrochlore", new int[] {227});
    PHASES.put("garnet", new int[] {230});
    PHASES.put("perovskite", new int[] {221, 99, 62, 160, 140, 38, 127, 74});
    SYSTEMS.put("triclinic", new int[] {1, 2});
    SYSTEMS.put("monoclinic", new int[] {3, 15});
    SYSTEMS.put("orthorhombic", new int[] {16, 74});
    SYSTEMS.put("tetragonal", new int[] {75, 142});
    SYSTEMS.put("trigonal", new int[] {143, 167});
    SYSTEMS.put("rhombohedral", new int[] {143, 167});
    SYSTEMS.put("hexagonal", new int[] {168, 194});
    SYSTEMS.put("cubic", new int[] {195, 230});
  }

  private static final Pattern WORD = Pattern.compile("(?i)(?<![A-Za-z])(" + WORDS
      + "|triclinic|monoclinic|orthorhombic|tetragonal|trigonal|rhombohedral|hexagonal|cubic)"
      + "(?![A-Za-z])(?!-like)(?!\\s+(?:tubes?|ampoules?|crucibles?|boats?|glass|substrates?"
      + "|anvils?|wool|windows?|sheets?|saws?|capillar\\w*|paper|foil)\\b)");
  private static final Pattern SYMBOL = Pattern.compile(
      "(?<![A-Za-z0-9])([PIFCRAB] ?[-−]?[1-6nmcabd][0-9a-z/_\\-−]{0,10})(?![A-Za-z0-9])");
  private static final Pattern NUMBER = Pattern.compile(
      "(?i)space[- ]group\\s*(?:no\\.?|number|#)?\\s*(\\d{1,3})(?![\\d.])");
  private static final PhaseHints NONE = new PhaseHints(Set.of(), List.of());

  public PhaseHints {
    numbers = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(numbers));
    evidence = List.copyOf(evidence);
  }

  /** No hint at all. */
  public static PhaseHints none() {
    return NONE;
  }

  /** Whether the text named any phase, system or space group. */
  public boolean isEmpty() {
    return numbers.isEmpty();
  }

  /**
   * One phase word, crystal system or space-group symbol in a text.
   *
   * @param start    its offset
   * @param end      the offset after it
   * @param numbers  the space groups it allows
   * @param system   whether it is a crystal system (which only narrows)
   * @param evidence what it is, e.g. {@code phase:anatase}
   */
  public record Occurrence(int start, int end, Set<Integer> numbers, boolean system,
                           String evidence) {
  }

  /** The hints in {@code text}, all of them together. */
  public static PhaseHints of(String text) {
    return combine(occurrences(text));
  }

  /**
   * Hints read together: exact names and symbols narrowed by the crystal systems named when
   * they agree ({@code tetragonal P4mm}); when they do not, both are allowed (a text naming two
   * phases of one compound).
   */
  public static PhaseHints combine(List<Occurrence> occurrences) {
    if (occurrences.isEmpty()) {
      return NONE;
    }
    Set<Integer> exact = new TreeSet<>();
    Set<Integer> systems = new TreeSet<>();
    List<String> evidence = new ArrayList<>();
    for (Occurrence o : occurrences) {
      (o.system() ? systems : exact).addAll(o.numbers());
      add(evidence, o.evidence());
    }
    if (!exact.isEmpty() && !systems.isEmpty()) {
      Set<Integer> both = new TreeSet<>(exact);
      both.retainAll(systems);
      if (both.isEmpty()) {
        both.addAll(exact);
        both.addAll(systems);
      }
      return new PhaseHints(both, evidence);
    }
    return new PhaseHints(exact.isEmpty() ? systems : exact, evidence);
  }

  /** Every phase word, system and symbol in {@code text}, in order. */
  public static List<Occurrence> occurrences(String text) {
    List<Occurrence> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      String word = w.group(1).toLowerCase(Locale.ROOT).replaceAll("[- ]", "");
      int[] phase = PHASES.get(word);
      if (phase != null) {
        Set<Integer> numbers = new TreeSet<>();
        for (int n : phase) {
          numbers.add(n);
        }
        out.add(new Occurrence(w.start(), w.end(), numbers, false, "phase:" + word));
      }
      int[] range = SYSTEMS.get(word);
      if (range != null) {
        Set<Integer> numbers = new TreeSet<>();
        for (int n = range[0]; n <= range[range.length - 1]; n++) {
          numbers.add(n);
        }
        out.add(new Occurrence(w.start(), w.end(), numbers, true, "system:" + word));
      }
    }
    Matcher s = SYMBOL.matcher(text);
    while (s.find()) {
      String symbol = s.group(1).replace('−', '-');
      String compact = symbol.replace(" ", "");
      boolean shortOk = compact.length() == 3 && !Element.isSymbol(compact.substring(0, 2))
          && Character.isDigit(compact.charAt(1));
      if (compact.length() < 3 || (compact.length() < 4 && compact.indexOf('/') < 0
          && compact.indexOf('-') < 0 && !shortOk)) {
        continue;
      }
      SpaceGroupTable.Setting setting = SpaceGroupTable.standard().bySymbol(symbol);
      if (setting != null) {
        out.add(new Occurrence(s.start(), s.end(), Set.of(setting.number()), false,
            "sg:" + compact));
      }
    }
    Matcher n = NUMBER.matcher(text);
    while (n.find()) {
      int number = Integer.parseInt(n.group(1));
      if (number >= 1 && number <= 230) {
        out.add(new Occurrence(n.start(), n.end(), Set.of(number), false,
            "sg_number:" + number));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void add(List<String> list, String item) {
    if (!list.contains(item)) {
      list.add(item);
    }
  }
}
