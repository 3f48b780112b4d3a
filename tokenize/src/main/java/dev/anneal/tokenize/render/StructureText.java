package dev.anneal.tokenize.render;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a crystal structure through a structure template: the crystal-text form (formula and
 * space group, lattice lengths and angles, one line per site with element and fractional
 * coordinates), the compact CIF-like form, or any other template over the same keys. Coordinates
 * may be shifted by a translation (augmentation); they are wrapped back into [0, 1).
 */
public final class StructureText implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The crystal-text form. */
  public static final String CRYSTAL_TEXT = "crystal_text";
  /** The compact CIF-like form. */
  public static final String CIF_LIKE = "cif_like";

  private final int digits;
  private final String form;

  /** A crystal-text renderer with {@code digits} decimals for lengths and coordinates. */
  public StructureText(int digits) {
    this(digits, CRYSTAL_TEXT);
  }

  /** A renderer with {@code digits} decimals through the structure template {@code form}. */
  public StructureText(int digits, String form) {
    if (digits < 1 || digits > 8) {
      throw new IllegalArgumentException("digits must be in 1..8: " + digits);
    }
    Template.load("structure", form);
    this.digits = digits;
    this.form = form;
  }

  /** The text for {@code s}, coordinates as read. */
  public String render(Structure s) {
    return render(s, new double[] {0, 0, 0});
  }

  /** The text for {@code s} with every site moved by the fractional {@code shift}. */
  public String render(Structure s, double[] shift) {
    return Template.load("structure", form).fill(values(s, shift));
  }

  /** The template keys for {@code s}. */
  Map<String, String> values(Structure s, double[] shift) {
    Map<String, String> v = new HashMap<>();
    String len = "%." + digits + "f";
    Lattice l = s.lattice();
    v.put("reduced_formula", s.composition().reducedFormula());
    v.put("formula", s.composition().formula());
    v.put("spacegroup_symbol", s.spacegroupSymbol().isEmpty() ? "?" : s.spacegroupSymbol());
    v.put("spacegroup_number", s.spacegroupNumber() > 0 ? Integer.toString(s.spacegroupNumber()) : "?");
    v.put("spacegroup_paren", spacegroupParen(s.spacegroupSymbol(), s.spacegroupNumber()));
    v.put("a", fmt(len, l.a()));
    v.put("b", fmt(len, l.b()));
    v.put("c", fmt(len, l.c()));
    v.put("alpha", fmt("%.2f", l.alpha()));
    v.put("beta", fmt("%.2f", l.beta()));
    v.put("gamma", fmt("%.2f", l.gamma()));
    v.put("volume", fmt("%.2f", l.volume()));
    v.put("density", fmt("%.3f", s.density()));
    int nsites = s.nsites();
    v.put("nsites", Integer.toString(nsites));
    v.put("nsites_phrase", nsites + (nsites == 1 ? " site" : " sites"));
    StringBuilder sites = new StringBuilder();
    StringBuilder cif = new StringBuilder();
    Map<String, Integer> labels = new HashMap<>();
    String coord = " " + len;
    for (Site site : s.sites()) {
      String xyz = fmt(coord + coord + coord, wrap(site.x() + shift[0]), wrap(site.y() + shift[1]),
          wrap(site.z() + shift[2]));
      if (sites.length() > 0) {
        sites.append('\n');
        cif.append('\n');
      }
      sites.append(site.species()).append(xyz);
      if (site.occupancy() < 1.0) {
        sites.append(fmt(" occ=%.3f", site.occupancy()));
      }
      int n = labels.merge(site.species(), 1, Integer::sum);
      cif.append(site.species()).append(n).append(' ').append(site.species()).append(xyz)
          .append(fmt(" %.3f", site.occupancy()));
    }
    v.put("sites", sites.toString());
    v.put("cif_sites", cif.toString());
    return v;
  }

  static String spacegroupParen(String symbol, int number) {
    if (symbol.isEmpty() && number <= 0) {
      return "";
    }
    StringBuilder out = new StringBuilder(" (space group ");
    out.append(symbol);
    if (number > 0) {
      out.append(symbol.isEmpty() ? "No. " : ", No. ").append(number);
    }
    return out.append(')').toString();
  }

  /** {@code x} wrapped into [0, 1), with values that would print as 1.000… written as 0. */
  private double wrap(double x) {
    double w = x - Math.floor(x);
    double scale = Math.pow(10, digits);
    return Math.round(w * scale) >= scale ? 0.0 : w;
  }

  private static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
