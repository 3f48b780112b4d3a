package dev.anneal.normalize.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The per-record logic of the link stage, free of Spark: reads a record's formula field or its
 * text's mentions into {@link Claim}s, and resolves them with their {@code doped_variant_of}
 * links. The link stage calls {@link #claims} row by row and resolves each claim with
 * {@link Claim#choose} and {@link DopedVariant}; {@link #link} chains the same calls for callers
 * without Spark (the labeled linking set), so both measure and run one copy.
 */
public final class RecordLinker {

  /** Kind of records whose text is searched for formulas instead of read as one. */
  public static final String MENTION = "mentioned_in";

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
   * The claims of a record of {@code kind}: for {@code mentioned_in}, one per formula of
   * {@code text}; otherwise the formula field {@code formulaText} (or {@code fallback} when it
   * cannot be read), with the record's own space group {@code explicitSg} or null and its cell's
   * {@code volumePerAtom} or null. A field that neither reads gives an
   * {@linkplain Claim#unreadable unreadable} claim, never nothing.
   */
  public static List<Claim> claims(String kind, String formulaText, String fallback,
                                   Integer explicitSg, String text, double base,
                                   Double volumePerAtom) {
    List<Claim> out = new ArrayList<>();
    if (MENTION.equals(kind)) {
      for (Mention m : MentionFinder.find(text)) {
        out.add(claim(m.formula(), null, m.hints(), base, null));
      }
      return out;
    }
    FormulaRef ref = FormulaReader.read(formulaText);
    if (ref == null && fallback != null && !fallback.isEmpty()) {
      ref = FormulaReader.read(fallback);
    }
    if (ref == null) {
      String asWritten = formulaText != null && !formulaText.isBlank() ? formulaText : fallback;
      if (asWritten != null && !asWritten.isBlank()) {
        out.add(Claim.unreadable(asWritten, explicitSg, base));
      }
    } else {
      out.add(claim(ref, explicitSg, explicitSg == null
          ? fieldHints(formulaText == null ? fallback : formulaText, ref, text)
          : PhaseHints.none(), base, volumePerAtom));
    }
    return out;
  }

  private static Claim claim(FormulaRef ref, Integer explicit, PhaseHints hints, double base,
                             Double volumePerAtom) {
    return new Claim(ref.reducedFormula(), ref.parentFormula(), explicit, hints, base,
        ref.evidence(), ref.flags(), volumePerAtom);
  }

  /**
   * The links of a record of {@code kind}, as the link stage makes them: {@link #claims} (no
   * fallback field), each resolved against {@code known} (the known polymorphs of a formula),
   * and for each doped material its {@code doped_variant_of} link.
   */
  public static List<Link> link(String kind, String formulaText, Integer explicitSg, String text,
                                double base, Function<String, Collection<Integer>> known) {
    return link(kind, formulaText, explicitSg, text, base, null, known, f -> Map.of());
  }

  /**
   * As {@link #link(String, String, Integer, String, double, Function)} for a record with a
   * cell of {@code volumePerAtom} Å³/atom (null: none), the known polymorphs' volumes per atom
   * given by {@code volumes} (formula → space group → Å³/atom).
   */
  public static List<Link> link(String kind, String formulaText, Integer explicitSg, String text,
                                double base, Double volumePerAtom,
                                Function<String, Collection<Integer>> known,
                                Function<String, Map<Integer, Double>> volumes) {
    List<Link> out = new ArrayList<>();
    for (Claim claim : claims(kind, formulaText, null, explicitSg, text, base, volumePerAtom)) {
      if (claim.isUnreadable()) {
        continue;
      }
      for (LinkChoice c : claim.choose(known.apply(claim.reducedFormula()),
          volumes.apply(claim.reducedFormula()))) {
        out.add(new Link(kind, c));
        if (claim.parentFormula() != null) {
          Claim parent = DopedVariant.parentClaim(claim.parentFormula(), c.spacegroupNumber());
          for (LinkChoice p : parent.choose(known.apply(parent.reducedFormula()),
              volumes.apply(parent.reducedFormula()))) {
            out.add(new Link(DopedVariant.KIND, p));
          }
        }
      }
    }
    return out;
  }
}
