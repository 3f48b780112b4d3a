package dev.anneal.normalize.link;

import java.util.List;

/**
 * One material a record links to.
 *
 * @param reducedFormula   the material's reduced formula
 * @param spacegroupNumber its polymorph, or null for the composition alone
 * @param score            confidence in [0, 1]
 * @param evidence         the keys that matched: {@code reduced_formula}, {@code spacegroup_number},
 *                         {@code phase:anatase}, {@code sg:P4/mmm}, {@code only_polymorph}, …
 * @param flags            {@code ambiguous} (several polymorphs, none named),
 *                         {@code phase_unmatched} (the text names a phase no known polymorph has), …
 */
public record LinkChoice(String reducedFormula, Integer spacegroupNumber, double score,
                         List<String> evidence, List<String> flags) {

  public LinkChoice {
    evidence = List.copyOf(evidence);
    flags = List.copyOf(flags);
  }
}
