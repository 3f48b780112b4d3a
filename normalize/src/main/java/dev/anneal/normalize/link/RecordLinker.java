package dev.anneal.normalize.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The links of one record, as the link stage makes them, for callers without Spark (the
 * labeled linking set): read the formula field or the text's mentions, choose polymorphs, and
 * add {@code doped_variant_of} links from each doped material to its parent.
 */
public final class RecordLinker {

  /**
   * One link of a record (or, for {@code doped_variant_of}, of the record's material).
   *
   * @param kind   the link kind
   * @param choice the material linked
   */
  public record Link(String kind, LinkChoice choice) {
  }

  private RecordLinker() {
  }

  /** The phase hints of a formula field written {@code asWritten} in a record with {@code text}. */
  public static PhaseHints fieldHints(String asWritten, FormulaRef ref, String text) {
    return MentionFinder.hintsFor(asWritten == null ? "" : asWritten, ref.reducedFormula(), text);
  }

  /**
   * The links of a record of {@code kind}: a formula field ({@code formulaText}, with the record's
   * own space group {@code explicitSg} or null) or, for {@code mentioned_in}, the formulas of
   * {@code text}. {@code known} gives the known polymorphs of a formula.
   */
  public static List<Link> link(String kind, String formulaText, Integer explicitSg, String text,
                                double base, Function<String, Collection<Integer>> known) {
    List<Link> out = new ArrayList<>();
    if ("mentioned_in".equals(kind)) {
      for (Mention m : MentionFinder.find(text)) {
        add(out, kind, m.formula(), null, m.hints(), base, known);
      }
      return out;
    }
    FormulaRef ref = FormulaReader.read(formulaText);
    if (ref != null) {
      add(out, kind, ref, explicitSg,
          explicitSg == null ? fieldHints(formulaText, ref, text) : PhaseHints.none(), base, known);
    }
    return out;
  }

  private static void add(List<Link> out, String kind, FormulaRef ref, Integer explicit,
                          PhaseHints hints, double base,
                          Function<String, Collection<Integer>> known) {
    for (LinkChoice c : PolymorphChooser.choose(ref.reducedFormula(), explicit,
        known.apply(ref.reducedFormula()), hints, base, ref.evidence(), ref.flags())) {
      out.add(new Link(kind, c));
      if (ref.parentFormula() != null) {
        PhaseHints parentHints = c.spacegroupNumber() == null ? PhaseHints.none()
            : new PhaseHints(Set.of(c.spacegroupNumber()), List.of());
        for (LinkChoice p : PolymorphChooser.choose(ref.parentFormula(), null,
            known.apply(ref.parentFormula()), parentHints, 1.0, List.of("parent_composition"),
            List.of())) {
          out.add(new Link("doped_variant_of", p));
        }
      }
    }
  }
}
