package dev.anneal.normalize.link;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.chem.Element;
import java.util.Map;

/**
 * The parent compound of a doped or off-stoichiometric composition: minor elements (amount below
 * {@link #DOPANT_MAX}) dropped, the others rounded to integers when each lies within
 * {@link #ROUNDING} of one or when a dopant fills the rest of its site ({@code Ba0.6K0.4Fe2As2 →
 * BaFe2As2}). {@code La1.85Sr0.15CuO4 → La2CuO4}, {@code YBa2Cu3O6.93 → Ba2YCu3O7},
 * {@code Ti0.95Fe0.05O2 → TiO2}; a solid solution such as {@code Si0.5Ge0.5} has none.
 */
public final class DopedParent {

  /** Elements with less than this amount (per formula as written) are dopants. */
  public static final double DOPANT_MAX = 0.5;
  /** A host amount is rounded only when it lies this close to an integer. */
  public static final double ROUNDING = 0.3;
  /** A host and a dopant whose amounts add up to an integer within this share one site. */
  public static final double SITE_SUM_TOLERANCE = 0.02;

  private DopedParent() {
  }

  /** The parent's reduced formula, or null when {@code c} is integral or has no clear parent. */
  public static String of(Composition c) {
    if (c.isEmpty() || c.isIntegral()) {
      return null;
    }
    Composition.Builder parent = Composition.builder();
    int hosts = 0;
    java.util.List<Double> dopants = new java.util.ArrayList<>();
    for (double a : c.amounts().values()) {
      if (a < DOPANT_MAX) {
        dopants.add(a);
      }
    }
    for (Map.Entry<Element, Double> e : c.amounts().entrySet()) {
      double a = e.getValue();
      if (a < DOPANT_MAX) {
        continue;
      }
      long rounded = Math.round(a);
      if (Math.abs(a - rounded) > ROUNDING) {
        // A dopant sharing the host's site: Ba0.6K0.4Fe2As2 (0.6 + 0.4 = 1).
        rounded = -1;
        for (double d : dopants) {
          if (Math.abs(a + d - Math.rint(a + d)) < SITE_SUM_TOLERANCE) {
            rounded = Math.round(a + d);
          }
        }
      }
      if (rounded < 1) {
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
