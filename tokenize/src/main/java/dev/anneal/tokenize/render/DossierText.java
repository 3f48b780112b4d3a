package dev.anneal.tokenize.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a material dossier: one material's structure, computed and measured properties,
 * synthesis descriptions and the papers that discuss it in one text, in either order — structure
 * first (structure → computed → measured → synthesis → papers) or synthesis first (the reverse),
 * so a model learns both directions.
 */
public final class DossierText {

  /** Section of the structure. */
  public static final String STRUCTURE = "structure";
  /** Section of computed properties (calculations). */
  public static final String COMPUTED = "computed";
  /** Section of measured properties (labels, else measurements). */
  public static final String MEASURED = "measured";
  /** Section of synthesis descriptions. */
  public static final String SYNTHESIS = "synthesis";
  /** Section of the papers that discuss the material. */
  public static final String PAPERS = "papers";

  /** Structure → computed → measured → synthesis. */
  public static final String STRUCTURE_FIRST = "structure_first";
  /** Synthesis → measured → computed → structure. */
  public static final String SYNTHESIS_FIRST = "synthesis_first";

  private static final List<String> FORWARD = List.of(STRUCTURE, COMPUTED, MEASURED, SYNTHESIS,
      PAPERS);
  private static final Map<String, String> HEADINGS = Map.of(STRUCTURE, "## Structure",
      COMPUTED, "## Computed properties", MEASURED, "## Measured properties",
      SYNTHESIS, "## Synthesis", PAPERS, "## Papers");
  // "a crystal structure", "2 computed results": the summary line's words per section.
  private static final Map<String, String[]> COUNTED = Map.of(
      STRUCTURE, new String[] {"a crystal structure", "crystal structures"},
      COMPUTED, new String[] {"a calculation", "calculations"},
      MEASURED, new String[] {"a measured property", "measured properties"},
      SYNTHESIS, new String[] {"a synthesis description", "synthesis descriptions"},
      PAPERS, new String[] {"a paper", "papers"});

  private DossierText() {
  }

  /** The orders a dossier can be written in. */
  public static Set<String> orders() {
    return Set.of(STRUCTURE_FIRST, SYNTHESIS_FIRST);
  }

  /**
   * Whether {@code parts} make a dossier worth writing: at least two kinds of evidence
   * (structure, computed, measured, synthesis, papers), so the dossier connects them.
   */
  public static boolean worthWriting(List<DossierPart> parts) {
    Set<String> sections = new TreeSet<>();
    parts.forEach(p -> sections.add(p.section()));
    return sections.size() >= 2;
  }

  /**
   * "Evidence: a crystal structure, 2 measured properties and a paper." for the parts a dossier
   * shows (at most {@code maxPerSection} per section, one structure).
   */
  static String summary(List<DossierPart> parts, int maxPerSection) {
    List<String> words = new ArrayList<>();
    for (String section : FORWARD) {
      long n = Math.min(parts.stream().filter(p -> p.section().equals(section)).count(),
          limit(section, maxPerSection));
      if (n > 0) {
        String[] w = COUNTED.get(section);
        words.add(n == 1 ? w[0] : n + " " + w[1]);
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    String last = words.remove(words.size() - 1);
    return "Evidence: " + (words.isEmpty() ? last : String.join(", ", words) + " and " + last)
        + ".";
  }

  /**
   * The dossier of {@code formula} (with {@code spacegroupParen}, e.g. " (space group …)") in
   * {@code order}, one structure and at most {@code maxPerSection} parts of every other section, parts
   * ordered by source id.
   */
  public static String render(String template, String order, String formula,
                              String spacegroupParen, List<DossierPart> parts, int maxPerSection) {
    List<String> sections = new ArrayList<>(FORWARD);
    if (SYNTHESIS_FIRST.equals(order)) {
      java.util.Collections.reverse(sections);
    } else if (!STRUCTURE_FIRST.equals(order)) {
      throw new IllegalArgumentException("dossier order must be " + orders() + ": " + order);
    }
    StringBuilder body = new StringBuilder();
    for (String section : sections) {
      List<DossierPart> in = parts.stream().filter(p -> p.section().equals(section))
          .sorted(Comparator.comparing(DossierPart::sourceId)).limit(limit(section, maxPerSection))
          .toList();
      if (in.isEmpty()) {
        continue;
      }
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(HEADINGS.get(section));
      for (DossierPart p : in) {
        body.append('\n').append(p.text());
      }
    }
    Map<String, String> v = new HashMap<>();
    v.put("formula", formula);
    v.put("spacegroup_paren", spacegroupParen == null ? "" : spacegroupParen);
    v.put("sections", body.toString());
    v.put("summary", summary(parts, maxPerSection));
    return Template.load("dossier", template).fill(v);
  }

  /** One structure per dossier (the first by id); up to {@code max} parts of other sections. */
  private static int limit(String section, int max) {
    return section.equals(STRUCTURE) ? 1 : max;
  }

  /** The parts that {@link #render} keeps, in the order it writes them (for source ids). */
  public static List<String> sourceIds(List<DossierPart> parts, int maxPerSection) {
    List<String> ids = new ArrayList<>();
    for (String section : FORWARD) {
      parts.stream().filter(p -> p.section().equals(section))
          .sorted(Comparator.comparing(DossierPart::sourceId)).limit(limit(section, maxPerSection))
          .forEach(p -> ids.add(p.sourceId()));
    }
    return ids;
  }
}
