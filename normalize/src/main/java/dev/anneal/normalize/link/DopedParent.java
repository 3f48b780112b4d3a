package dev.anneal.normalize.link;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.chem.Element;
import java.util.Map;

/**
 * The parent compound of a doped or off-stoichiometric composition: minor elements (amount below
 * {@link #DOPANT_MAX}) dropped, the others rounded to integers when each lies within
 * {@link #ROUNDING} of one. {@code La1.85Sr0.15CuO4 → La2CuO4}, {@code YBa2Cu3O6.93 → Ba2YCu3O7},
 * {@code Ti0.95Fe0.05O2 → TiO2}; a solid solution such as {@code Si0.5Ge0.5} has none.
 */
public final class DopedParent {

  /** Elements with less than this amount (per formula as written) are dopants. */
  public static final double DOPANT_MAX = 0.5;
  /** A host amount is rounded only when it lies this close to an integer. */
  public static final double ROUNDING = 0.3;

  private DopedParent() {
  }

  /** The parent's reduced formula, or null when {@code c} is integral or has no clear parent. */
  public static String of(Composition c) {
    if (c.isEmpty() || c.isIntegral()) {
      return null;
    }
    Composition.Builder parent = Composition.builder();
    int hosts = 0;
    for (Map.Entry<Element, Double> e : c.amounts().entrySet()) {
      double a = e.getValue();
      if (a < DOPANT_MAX) {
        continue;
      }
      long rounded = Math.round(a);
      if (rounded < 1 || Math.abs(a - rounded) > ROUNDING) {
        return null;
      }
      parent.add(e.getKey().symbol(), rounded);
      hosts++;
    }
    if (hosts == 0) {
      return null;
    }
    String formula = parent.build().reducedFormula();
    return formula.equals(c.reducedFormula()) ? null : formula;
  }
}
