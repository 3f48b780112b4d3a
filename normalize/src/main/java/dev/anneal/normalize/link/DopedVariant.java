package dev.anneal.normalize.link;

import java.util.List;
import java.util.Set;

/**
 * The {@code doped_variant_of} rule, in one place for the link stage and its accuracy test: a
 * doped material ({@code La1.85Sr0.15CuO4}) links to its parent compound ({@code La2CuO4}),
 * resolved like any claim with the doped material's own space group as the phase hint (a doped
 * I4/mmm cuprate's parent is the I4/mmm polymorph) and full confidence.
 */
public final class DopedVariant {

  /** The link kind. */
  public static final String KIND = "doped_variant_of";

  private DopedVariant() {
  }

  /**
   * The claim on the parent {@code parentFormula} of a doped material resolved to space group
   * {@code dopedSg} (null: the composition alone).
   */
  public static Claim parentClaim(String parentFormula, Integer dopedSg) {
    PhaseHints hints = dopedSg == null ? PhaseHints.none()
        : new PhaseHints(Set.of(dopedSg), List.of());
    return new Claim(parentFormula, null, null, hints, 1.0, List.of("parent_composition"),
        List.of(), null);
  }
}
