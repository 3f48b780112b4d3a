package dev.anneal.normalize.link;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One material a record names, read but not yet resolved to a polymorph: the unit both the
 * link stage (row by row) and Spark-free callers resolve with {@link #choose}.
 *
 * @param reducedFormula the material's reduced formula, or {@link #UNREADABLE}
 * @param parentFormula  the parent compound of a doped composition, or null
 * @param explicitSg     the record's own space group (a structure), or null
 * @param hints          the phase hints the record's text gives
 * @param base           the base confidence of the kind of record
 * @param evidence       evidence the reading brings (e.g. {@code dopant:Fe})
 * @param flags          flags the reading brings; for an unreadable field, the text as written
 * @param volumePerAtom  the record's cell volume per atom in Å³ (a calculation), or null
 */
public record Claim(String reducedFormula, String parentFormula, Integer explicitSg,
                    PhaseHints hints, double base, List<String> evidence, List<String> flags,
                    Double volumePerAtom) {

  /**
   * The {@code reducedFormula} of a claim whose formula field could not be read; its
   * {@code flags} hold the text as written, and the link stage quarantines it.
   */
  public static final String UNREADABLE = "";

  public Claim {
    evidence = List.copyOf(evidence);
    flags = List.copyOf(flags);
  }

  /** A claim for a formula field that no reader could read, keeping (a cut of) the text. */
  public static Claim unreadable(String asWritten, Integer explicitSg, double base) {
    String cut = asWritten.length() > 200 ? asWritten.substring(0, 200) : asWritten;
    return new Claim(UNREADABLE, null, explicitSg, PhaseHints.none(), base, List.of(),
        List.of(cut), null);
  }

  /** Whether the formula field could not be read. */
  public boolean isUnreadable() {
    return UNREADABLE.equals(reducedFormula);
  }

  /**
   * The links of this claim given the space groups {@code known} for its formula and their
   * volumes per atom {@code volumes} (space group → Å³/atom; may be empty).
   */
  public List<LinkChoice> choose(Collection<Integer> known, Map<Integer, Double> volumes) {
    return PolymorphChooser.choose(reducedFormula, explicitSg, known, hints, base, evidence,
        flags, volumePerAtom, volumes);
  }
}
