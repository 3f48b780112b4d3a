package dev.anneal.ingest.crystal;

import dev.anneal.ingest.crystal.cif.CifBlock;
import dev.anneal.ingest.crystal.cif.CifSyntaxException;
import dev.anneal.ingest.crystal.cif.CifValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one data block into a {@link Structure}: the cell, the symmetry operations (listed, or
 * looked up from the space group), the asymmetric unit's sites with species, occupancy and
 * oxidation state, and the full cell after expansion. Knows both the CIF 1.1 core names and
 * the newer symmetry names.
 */
public final class CifStructureBuilder {

  // Written in lower case, the form CifBlock keys by, so look-ups need not lower-case them.
  private static final String[] SYMOP_TAGS = {"_symmetry_equiv_pos_as_xyz",
      "_space_group_symop_operation_xyz"};
  private static final String[] HM_TAGS = {"_symmetry_space_group_name_h-m",
      "_space_group_name_h-m_alt", "_symmetry_space_group_name_h_m"};
  private static final String[] HALL_TAGS = {"_space_group_name_hall",
      "_symmetry_space_group_name_hall"};
  private static final String[] NUMBER_TAGS = {"_symmetry_int_tables_number",
      "_space_group_it_number"};
  private static final String[] CELL_TAGS = {"_cell_length_a", "_cell_length_b", "_cell_length_c",
      "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"};

  private CifStructureBuilder() {
  }

  /**
   * Whether the block sets out to describe a crystal: it lists atom sites. A cell alone does not
   * count: reflection and powder-pattern blocks carry one, and are data, not broken structures.
   */
  public static boolean looksLikeStructure(CifBlock block) {
    return block.has("_atom_site_fract_x") || block.has("_atom_site_label")
        || block.has("_atom_site_type_symbol") || block.has("_atom_site_cartn_x");
  }

  /**
   * The structure of {@code block}.
   *
   * @throws CifSyntaxException with the reason when the block is a broken structure
   */
  public static Structure build(String sourceUri, CifBlock block) throws CifSyntaxException {
    List<String> warnings = new ArrayList<>(block.warnings());
    Lattice lattice = lattice(block, warnings);
    List<SymOp> ops = symops(block, warnings);
    List<CellExpander.AsymSite> rows = asymmetricUnit(block, warnings);
    List<Site> sites = CellExpander.expand(rows, ops, warnings);
    String symbol = text(block.value(HM_TAGS));
    int number = spaceGroupNumber(block, symbol);
    CifValue formula = block.value("_chemical_formula_sum", "_chemical_formula_structural");
    return new Structure(sourceUri, "cif", block.name(), text(formula), lattice, sites, symbol,
        number, warnings);
  }

  private static Lattice lattice(CifBlock block, List<String> warnings) throws CifSyntaxException {
    double[] p = new double[6];
    for (int i = 0; i < 6; i++) {
      CifValue v = block.value(CELL_TAGS[i]);
      if (v == null || v.isNull()) {
        if (i < 3) {
          throw new CifSyntaxException("cif.no_cell", "no value for " + CELL_TAGS[i],
              v == null ? block.line() : v.line());
        }
        // CIF's dictionary default for a missing angle is 90 degrees.
        p[i] = 90;
        warnings.add("cif.cell_angle_defaulted: " + CELL_TAGS[i] + " missing, taken as 90");
        continue;
      }
      p[i] = number(v, CELL_TAGS[i]);
    }
    try {
      return new Lattice(p[0], p[1], p[2], p[3], p[4], p[5]);
    } catch (IllegalArgumentException e) {
      throw new CifSyntaxException("cif.bad_cell", e.getMessage(),
          block.value(CELL_TAGS[0]).line());
    }
  }

  private static List<SymOp> symops(CifBlock block, List<String> warnings)
      throws CifSyntaxException {
    List<CifValue> listed = List.of();
    for (String tag : SYMOP_TAGS) {
      listed = block.values(tag);
      if (!listed.isEmpty()) {
        break;
      }
    }
    if (!listed.isEmpty()) {
      List<SymOp> ops = new ArrayList<>(listed.size());
      for (CifValue v : listed) {
        SymOp op = SymOp.parse(v.text());
        if (op == null || !op.isInvertible()) {
          throw new CifSyntaxException("cif.bad_symop",
              "not a symmetry operation: '" + v.text() + "'", v.line());
        }
        ops.add(op);
      }
      return ops;
    }
    SpaceGroupTable table = SpaceGroupTable.standard();
    for (String[] tags : new String[][] {HM_TAGS, HALL_TAGS}) {
      CifValue v = block.value(tags);
      if (v != null && !v.isNull()) {
        SpaceGroupTable.Setting s = table.bySymbol(v.text());
        if (s != null) {
          warnings.add("cif.symops_from_symbol: no operators listed; used those of "
              + s.symbol());
          return s.ops();
        }
      }
    }
    CifValue n = block.value(NUMBER_TAGS);
    if (n != null && !n.isNull()) {
      double num = n.number();
      SpaceGroupTable.Setting s = num == Math.rint(num) ? table.byNumber((int) num) : null;
      if (s != null) {
        warnings.add("cif.symops_from_number: no operators listed; used the standard setting "
            + s.symbol());
        return s.ops();
      }
    }
    CifValue named = block.value(HM_TAGS);
    if (named == null) {
      named = block.value(HALL_TAGS);
    }
    if (named != null && !named.isNull()) {
      // A space group is named but unknown: P1 would silently drop atoms.
      throw new CifSyntaxException("cif.unknown_space_group",
          "space group '" + named.text() + "' is not in the table and no operators are listed",
          named.line());
    }
    warnings.add("cif.no_symmetry: no operators or space group given; taken as P1");
    return List.of(SymOp.IDENTITY);
  }

  private static List<CellExpander.AsymSite> asymmetricUnit(CifBlock block, List<String> warnings)
      throws CifSyntaxException {
    List<CifValue> xs = block.values("_atom_site_fract_x");
    if (xs.isEmpty()) {
      if (block.has("_atom_site_cartn_x")) {
        throw new CifSyntaxException("cif.cartesian_only",
            "atom sites are given in Cartesian coordinates only", block.line());
      }
      throw new CifSyntaxException("cif.no_sites", "no _atom_site_fract_x", block.line());
    }
    List<CifValue> ys = block.values("_atom_site_fract_y");
    List<CifValue> zs = block.values("_atom_site_fract_z");
    List<CifValue> labels = block.values("_atom_site_label");
    List<CifValue> types = block.values("_atom_site_type_symbol");
    List<CifValue> occs = block.values("_atom_site_occupancy");
    int n = xs.size();
    if (ys.size() != n || zs.size() != n) {
      throw new CifSyntaxException("cif.no_sites",
          "_atom_site_fract_x, _y and _z are not given together", xs.get(0).line());
    }
    Map<String, Double> typeCharges = typeOxidationNumbers(block);
    List<CellExpander.AsymSite> rows = new ArrayList<>(n);
    boolean deuterium = false;
    for (int i = 0; i < n; i++) {
      CifValue label = i < labels.size() ? labels.get(i) : null;
      CifValue type = i < types.size() ? types.get(i) : null;
      CifValue named = type != null && !type.isNull() ? type : label;
      if (named == null || named.isNull()) {
        throw new CifSyntaxException("cif.unknown_element", "atom site " + (i + 1)
            + " has neither type symbol nor label", xs.get(i).line());
      }
      double occ = 1;
      if (i < occs.size() && !occs.get(i).isNull()) {
        occ = number(occs.get(i), "_atom_site_occupancy");
      } else if (i < occs.size() && occs.get(i).isUnknown()) {
        // '?' says the occupancy is unknown; the dictionary's default (1) is what pymatgen reads.
        warnings.add("cif.occupancy_unknown_as_one line " + occs.get(i).line() + ": " + named.text());
      }
      if (occ <= 0) {
        // An empty position is written but not occupied; pymatgen drops it too.
        warnings.add("cif.zero_occupancy_dropped line " + xs.get(i).line() + ": " + named.text());
        continue;
      }
      double x = coordinate(xs.get(i), warnings);
      double y = coordinate(ys.get(i), warnings);
      double z = coordinate(zs.get(i), warnings);
      String siteLabel = label == null || label.isNull() ? "" : label.text();
      List<MixedSymbol.Part> mixed = named == type ? MixedSymbol.parse(type.text()) : null;
      if (mixed != null) {
        // '0.8Nb + 0.2Zr' (Pauling File): one position shared by several species, each at its
        // fraction of the row's occupancy, as pymatgen splits it.
        for (MixedSymbol.Part p : mixed) {
          if (!dev.anneal.ingest.chem.Element.isSymbol(p.element())) {
            throw new CifSyntaxException("cif.unknown_element", "'" + p.element()
                + "' in the mixed type symbol '" + type.text() + "' is no element", type.line());
          }
          rows.add(new CellExpander.AsymSite(p.element(), p.oxidationState(), occ * p.fraction(),
              x, y, z, siteLabel));
        }
        warnings.add("cif.mixed_type_symbol line " + type.line() + ": '" + type.text()
            + "' read as a disordered site");
        continue;
      }
      String group = GroupSymbol.formula(named.text(), named == type);
      if (group != null) {
        throw new CifSyntaxException("cif.group_species", "atom site symbol '" + named.text()
            + "' names a group of atoms (" + group + "), not an element; its atoms have no"
            + " positions of their own and reading it as one element would drop them",
            named.line());
      }
      SpeciesSymbol sp = SpeciesSymbol.parse(named.text());
      if (sp == null) {
        throw new CifSyntaxException("cif.unknown_element",
            "no element in atom site symbol '" + named.text() + "'", named.line());
      }
      deuterium |= sp.deuterium();
      Double ox = sp.oxidationState();
      if (named == type && typeCharges.containsKey(type.text())) {
        ox = typeCharges.get(type.text());
      }
      rows.add(new CellExpander.AsymSite(sp.element(), ox, occ, x, y, z, siteLabel));
    }
    if (deuterium) {
      warnings.add("cif.deuterium_as_hydrogen: D sites read as H");
    }
    if (rows.isEmpty()) {
      throw new CifSyntaxException("cif.no_sites", "no occupied atom site", xs.get(0).line());
    }
    return rows;
  }

  /** Oxidation numbers from the {@code _atom_type} loop, keyed by type symbol. */
  private static Map<String, Double> typeOxidationNumbers(CifBlock block) {
    List<CifValue> symbols = block.values("_atom_type_symbol");
    List<CifValue> charges = block.values("_atom_type_oxidation_number");
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < Math.min(symbols.size(), charges.size()); i++) {
      double q = charges.get(i).number();
      if (!Double.isNaN(q)) {
        out.put(symbols.get(i).text(), q);
      }
    }
    return out;
  }

  /**
   * A fractional coordinate; 0.3333 and 0.6667 become exactly 1/3 and 2/3 (within a relative
   * 1e-4, as pymatgen does) so that their symmetry images coincide instead of piling up.
   *
   * <p>CIF's null values: {@code ?} says the value is unknown, so the site cannot be placed and
   * the block is quarantined ({@code cif.missing_coordinate}); {@code .} says "inapplicable, or
   * the dictionary's default", and a coordinate that does not apply is the origin along that
   * axis: 0, as pymatgen reads it, with a warning ({@code cif.coordinate_dot_as_zero}).
   */
  private static double coordinate(CifValue v, List<String> warnings) throws CifSyntaxException {
    if (v.isUnknown()) {
      throw new CifSyntaxException("cif.missing_coordinate",
          "atom site coordinate is '" + v.text() + "' (unknown)", v.line());
    }
    if (v.isInapplicable()) {
      warnings.add("cif.coordinate_dot_as_zero line " + v.line());
      return 0;
    }
    double f = number(v, "fractional coordinate");
    if (Math.abs(1 - f * 3) < 1e-4) {
      return 1.0 / 3.0;
    }
    if (Math.abs(1 - f * 1.5) < 1e-4) {
      return 2.0 / 3.0;
    }
    return f;
  }

  private static double number(CifValue v, String what) throws CifSyntaxException {
    double d = v.number();
    if (Double.isNaN(d)) {
      throw new CifSyntaxException("cif.bad_number",
          what + " is not a number: '" + v.text() + "'", v.line());
    }
    return d;
  }

  private static int spaceGroupNumber(CifBlock block, String symbol) {
    CifValue n = block.value(NUMBER_TAGS);
    if (n != null) {
      double d = n.number();
      if (d >= 1 && d <= 230 && d == Math.rint(d)) {
        return (int) d;
      }
    }
    SpaceGroupTable.Setting s = symbol.isEmpty() ? null : SpaceGroupTable.standard().bySymbol(symbol);
    return s == null ? 0 : s.number();
  }

  private static String text(CifValue v) {
    return v == null || v.isNull() ? "" : v.text().trim();
  }
}
