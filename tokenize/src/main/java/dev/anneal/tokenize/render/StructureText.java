package dev.anneal.tokenize.render;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.util.Locale;

/**
 * Renders a crystal structure as compact text a language model can read and write: formula and
 * space group, lattice lengths and angles, then one line per site with element, fractional
 * coordinates and (when partial) occupancy.
 */
public final class StructureText {

  private final int digits;

  /** A renderer that writes coordinates with {@code digits} decimals (lengths get the same). */
  public StructureText(int digits) {
    if (digits < 1 || digits > 8) {
      throw new IllegalArgumentException("digits must be in 1..8: " + digits);
    }
    this.digits = digits;
  }

  /** The text for {@code s}. */
  public String render(Structure s) {
    String reduced = s.composition().reducedFormula();
    StringBuilder out = new StringBuilder(64 + 40 * s.sites().size());
    out.append("Crystal structure of ").append(reduced);
    if (!s.spacegroupSymbol().isEmpty() || s.spacegroupNumber() > 0) {
      out.append(" (space group ");
      out.append(s.spacegroupSymbol().isEmpty() ? "" : s.spacegroupSymbol());
      if (s.spacegroupNumber() > 0) {
        out.append(s.spacegroupSymbol().isEmpty() ? "No. " : ", No. ").append(s.spacegroupNumber());
      }
      out.append(')');
    }
    out.append('\n');
    Lattice l = s.lattice();
    String len = "%." + digits + "f";
    out.append(String.format(Locale.ROOT,
        "lattice a=" + len + " b=" + len + " c=" + len + " Å alpha=%.2f beta=%.2f gamma=%.2f°%n",
        l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma()));
    int nsites = s.nsites();
    out.append(String.format(Locale.ROOT,
        "cell formula %s, %d %s, volume %.2f Å³, density %.3f g/cm³%n",
        s.composition().formula(), nsites, nsites == 1 ? "site" : "sites", l.volume(), s.density()));
    String coord = " %." + digits + "f";
    for (Site site : s.sites()) {
      out.append(site.species());
      out.append(String.format(Locale.ROOT, coord + coord + coord, site.x(), site.y(), site.z()));
      if (site.occupancy() < 1.0) {
        out.append(String.format(Locale.ROOT, " occ=%.3f", site.occupancy()));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
