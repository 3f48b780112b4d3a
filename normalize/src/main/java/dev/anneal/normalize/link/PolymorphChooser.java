package dev.anneal.normalize.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chooses the polymorph(s) a record is about, given the space groups known for its formula
 * (from structures) and what the record says about its phase. Never a silent pick: with two or
 * more candidates and nothing to choose between them, every candidate is linked with a lower
 * score and the flag {@code ambiguous}.
 */
public final class PolymorphChooser {

  private PolymorphChooser() {
  }

  /**
   * The links of a record naming {@code formula} (reduced) with base confidence {@code base}.
   *
   * @param explicit the record's own space group (a structure), or null
   * @param known    the space groups of {@code formula}'s known polymorphs (may be empty)
   * @param hints    the record's phase hints
   * @param evidence evidence the record brings by itself (e.g. {@code dopant:Fe})
   * @param flags    flags the record brings by itself (e.g. {@code doped})
   */
  public static List<LinkChoice> choose(String formula, Integer explicit, Collection<Integer> known,
                                        PhaseHints hints, double base, List<String> evidence,
                                        List<String> flags) {
    return choose(formula, explicit, known, hints, base, evidence, flags, null, Map.of());
  }

  /**
   * As {@link #choose(String, Integer, Collection, PhaseHints, double, List, List)}, for a record
   * with a cell (a calculation): when the explicit space group and the hints leave candidates,
   * {@link VolumeMatch} decides between them by {@code volumePerAtom} (null: no cell) against
   * {@code knownVolumes} (space group → Å³/atom of the known polymorph). A volume that matches
   * no candidate or several links the composition alone, flagged
   * {@link VolumeMatch#UNMATCHED} or {@link VolumeMatch#AMBIGUOUS}: never a guessed polymorph.
   */
  public static List<LinkChoice> choose(String formula, Integer explicit, Collection<Integer> known,
                                        PhaseHints hints, double base, List<String> evidence,
                                        List<String> flags, Double volumePerAtom,
                                        Map<Integer, Double> knownVolumes) {
    List<String> ev = new ArrayList<>(List.of("reduced_formula"));
    ev.addAll(evidence);
    if (explicit != null) {
      ev.add("spacegroup_number");
      return List.of(new LinkChoice(formula, explicit, base, ev, flags));
    }
    TreeSet<Integer> polymorphs = new TreeSet<>();
    if (known != null) {
      for (Integer k : known) {
        if (k != null) {
          polymorphs.add(k);
        }
      }
    }
    List<String> withHints = new ArrayList<>(ev);
    withHints.addAll(hints.evidence());
    if (hints.numbers().size() == 1 && !polymorphs.containsAll(hints.numbers())) {
      // The text names exactly one polymorph no structure has: that polymorph, by its word.
      return List.of(new LinkChoice(formula, hints.numbers().iterator().next(), base * 0.9,
          withHints, flags));
    }
    if (polymorphs.isEmpty()) {
      return List.of(new LinkChoice(formula, null, base, ev, flags));
    }
    if (!hints.isEmpty()) {
      TreeSet<Integer> matching = new TreeSet<>(polymorphs);
      matching.retainAll(hints.numbers());
      if (matching.isEmpty()) {
        List<String> f = new ArrayList<>(flags);
        f.add("phase_unmatched");
        return List.of(new LinkChoice(formula, null, base * 0.8, withHints, f));
      }
      if (volumePerAtom != null) {
        return byVolume(formula, matching, volumePerAtom, knownVolumes, base * 0.95, withHints,
            flags);
      }
      return spread(formula, matching, base * 0.95, withHints, flags);
    }
    if (volumePerAtom != null) {
      return byVolume(formula, polymorphs, volumePerAtom, knownVolumes, base * 0.9, ev, flags);
    }
    if (polymorphs.size() == 1) {
      List<String> only = new ArrayList<>(ev);
      only.add("only_polymorph");
      return List.of(new LinkChoice(formula, polymorphs.first(), base * 0.9, only, flags));
    }
    return spread(formula, polymorphs, base * 0.9, ev, flags);
  }

  private static List<LinkChoice> byVolume(String formula, TreeSet<Integer> candidates,
                                           double volumePerAtom, Map<Integer, Double> volumes,
                                           double score, List<String> evidence,
                                           List<String> flags) {
    VolumeMatch.Result m = VolumeMatch.of(volumePerAtom, candidates, volumes);
    List<String> ev = new ArrayList<>(evidence);
    ev.addAll(m.evidence());
    if (m.spacegroup() != null) {
      return List.of(new LinkChoice(formula, m.spacegroup(), score, ev, flags));
    }
    List<String> f = new ArrayList<>(flags);
    f.add(m.flag());
    return List.of(new LinkChoice(formula, null, score * 0.8, ev, f));
  }

  private static List<LinkChoice> spread(String formula, TreeSet<Integer> sgs, double score,
                                         List<String> evidence, List<String> flags) {
    if (sgs.size() == 1) {
      return List.of(new LinkChoice(formula, sgs.first(), score, evidence, flags));
    }
    List<String> f = new ArrayList<>(flags);
    f.add("ambiguous");
    List<LinkChoice> out = new ArrayList<>();
    for (int sg : sgs) {
      out.add(new LinkChoice(formula, sg, score / sgs.size(), evidence, f));
    }
    return out;
  }
}
