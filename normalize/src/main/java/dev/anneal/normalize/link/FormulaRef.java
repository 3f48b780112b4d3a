package dev.anneal.normalize.link;

import java.util.List;

/**
 * A formula read for linking: the material it names and, for a doped or off-stoichiometric
 * composition, its parent compound.
 *
 * @param asWritten      the text as written
 * @param reducedFormula the material's reduced formula (the host's for {@code Fe-doped TiO2})
 * @param parentFormula  the parent compound's reduced formula, or null
 * @param atoms          atoms per reduced formula unit
 * @param flags          {@code doped} (a dopant named in words), {@code variable_composition}
 *                       ({@code La2-xSrxCuO4} read at x = 0), {@code nonstoichiometric}
 * @param evidence       what the reading rests on, e.g. {@code dopant:Fe}
 */
public record FormulaRef(String asWritten, String reducedFormula, String parentFormula,
                         double atoms, List<String> flags, List<String> evidence) {

  public FormulaRef {
    flags = List.copyOf(flags);
    evidence = List.copyOf(evidence);
  }
}
