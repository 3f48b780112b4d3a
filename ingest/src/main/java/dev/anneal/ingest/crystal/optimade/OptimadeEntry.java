package dev.anneal.ingest.crystal.optimade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.ingest.chem.Element;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.crystal.poscar.CartesianCell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts one OPTIMADE {@code structures} entry (a JSON tree) into a {@link Structure}, following
 * the OPTIMADE v1 property definitions: {@code lattice_vectors} and
 * {@code cartesian_site_positions} in Å, {@code species_at_sites} naming entries of
 * {@code species}. A species with several {@code chemical_symbols} is a disordered position: one
 * {@link Site} per symbol with its {@code concentration} as occupancy, {@code vacancy} dropped.
 */
final class OptimadeEntry {

  /** The OPTIMADE symbol for an unoccupied fraction of a site. */
  private static final String VACANCY = "vacancy";
  private static final double TOLERANCE = 1e-6;

  private OptimadeEntry() {
  }

  /** Whether the entry is a structure; entries of other types are skipped, not rejected. */
  static boolean isStructure(JsonNode entry) {
    JsonNode type = entry.get("type");
    if (type == null || type.isNull()) {
      // A bare attributes dump without type: accept it if it looks like a structure.
      JsonNode attributes = entry.get("attributes");
      return attributes != null && attributes.has("cartesian_site_positions");
    }
    return "structures".equals(type.asText());
  }

  /** The entry's id, or "" when it has none. */
  static String id(JsonNode entry) {
    JsonNode id = entry.get("id");
    return id == null || id.isNull() ? "" : id.asText();
  }

  /** The structure {@code entry} describes. */
  static Structure toStructure(String uri, JsonNode entry) throws EntryFault {
    JsonNode a = entry.get("attributes");
    if (a == null || !a.isObject()) {
      throw new EntryFault("optimade.no_attributes", "the entry has no attributes object");
    }
    if (a.has("assemblies") && !a.get("assemblies").isNull()) {
      // Assemblies say which sites exist together; reading them as plain sites would overfill
      // the cell, so such entries are rejected rather than misread.
      throw new EntryFault("optimade.assemblies_unsupported",
          "assemblies (correlated partial sites) are not supported");
    }
    periodic(a);
    CartesianCell cell = CartesianCell.of(matrix(a.get("lattice_vectors")));
    if (cell == null) {
      throw new EntryFault("optimade.bad_lattice",
          "lattice_vectors must be three vectors of three numbers spanning a volume");
    }
    List<double[]> positions = positions(a.get("cartesian_site_positions"));
    JsonNode at = a.get("species_at_sites");
    if (at == null || !at.isArray() || at.size() != positions.size()) {
      throw new EntryFault("optimade.site_count_mismatch", (at == null || !at.isArray() ? 0
          : at.size()) + " species_at_sites for " + positions.size() + " positions");
    }
    JsonNode nsites = a.get("nsites");
    if (nsites != null && nsites.isNumber() && nsites.asInt() != positions.size()) {
      throw new EntryFault("optimade.site_count_mismatch",
          "nsites is " + nsites.asInt() + " but there are " + positions.size() + " positions");
    }
    List<String> warnings = new ArrayList<>();
    Map<String, Species> species = species(a.get("species"), at, warnings);
    List<Site> sites = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      String name = at.get(i).asText();
      Species sp = species.get(name);
      if (sp == null) {
        throw new EntryFault("optimade.unknown_species",
            "site " + i + " names species '" + name + "', which species does not define");
      }
      double[] f = cell.fractional(positions.get(i));
      for (int k = 0; k < sp.symbols.size(); k++) {
        sites.add(new Site(sp.symbols.get(k), null, sp.concentrations.get(k),
            CartesianCell.wrap(f[0]), CartesianCell.wrap(f[1]), CartesianCell.wrap(f[2]), name));
      }
    }
    if (sites.isEmpty()) {
      throw new EntryFault("optimade.no_sites", "every site is vacant");
    }
    return new Structure(uri, OptimadeParser.FORMAT, id(entry), formula(a), cell.lattice(), sites,
        text(a.get("space_group_symbol_hermann_mauguin")),
        a.path("space_group_it_number").asInt(0), warnings);
  }

  /** A structure table needs three periodic directions. */
  private static void periodic(JsonNode a) throws EntryFault {
    JsonNode dims = a.get("dimension_types");
    if (dims != null && dims.isArray()) {
      for (JsonNode d : dims) {
        if (d.asInt(0) != 1) {
          throw new EntryFault("optimade.not_periodic",
              "dimension_types " + dims + ": not periodic in all three directions");
        }
      }
    }
    JsonNode n = a.get("nperiodic_dimensions");
    if (n != null && n.isNumber() && n.asInt() != 3) {
      throw new EntryFault("optimade.not_periodic", "nperiodic_dimensions is " + n.asInt());
    }
    JsonNode lv = a.get("lattice_vectors");
    if (lv == null || lv.isNull()) {
      throw new EntryFault("optimade.not_periodic", "no lattice_vectors");
    }
    if (lv.isArray()) {
      for (JsonNode row : lv) {
        // OPTIMADE writes null components for non-periodic directions
        if (row.isNull() || (row.isArray() && row.size() > 0 && row.get(0).isNull())) {
          throw new EntryFault("optimade.not_periodic", "lattice_vectors has a null vector");
        }
      }
    }
  }

  private static double[][] matrix(JsonNode lv) {
    if (lv == null || !lv.isArray() || lv.size() != 3) {
      return null;
    }
    double[][] m = new double[3][];
    for (int i = 0; i < 3; i++) {
      m[i] = vector(lv.get(i));
      if (m[i] == null) {
        return null;
      }
    }
    return m;
  }

  private static List<double[]> positions(JsonNode p) throws EntryFault {
    if (p == null || !p.isArray() || p.isEmpty()) {
      throw new EntryFault("optimade.no_sites", "no cartesian_site_positions");
    }
    List<double[]> out = new ArrayList<>(p.size());
    for (int i = 0; i < p.size(); i++) {
      double[] v = vector(p.get(i));
      if (v == null) {
        throw new EntryFault("optimade.bad_position",
            "cartesian_site_positions[" + i + "] is not three numbers: " + p.get(i));
      }
      out.add(v);
    }
    return out;
  }

  private static double[] vector(JsonNode v) {
    if (v == null || !v.isArray() || v.size() != 3) {
      return null;
    }
    double[] out = new double[3];
    for (int j = 0; j < 3; j++) {
      if (!v.get(j).isNumber()) {
        return null;
      }
      out[j] = v.get(j).asDouble();
    }
    return out;
  }

  /** The occupied symbols of a species and their concentrations, vacancies dropped. */
  private record Species(List<String> symbols, List<Double> concentrations) {
  }

  private static Map<String, Species> species(JsonNode list, JsonNode at, List<String> warnings)
      throws EntryFault {
    Map<String, Species> out = new HashMap<>();
    if (list == null || list.isNull()) {
      // species is optional; names that are element symbols then speak for themselves
      for (JsonNode n : at) {
        if (Element.isSymbol(n.asText())) {
          out.put(n.asText(), new Species(List.of(n.asText()), List.of(1.0)));
        }
      }
      warnings.add("optimade.species_from_names");
      return out;
    }
    if (!list.isArray()) {
      throw new EntryFault("optimade.bad_species", "species is not a list");
    }
    for (JsonNode sp : list) {
      String name = text(sp.get("name"));
      JsonNode symbols = sp.get("chemical_symbols");
      JsonNode conc = sp.get("concentration");
      if (name.isEmpty() || symbols == null || !symbols.isArray() || symbols.isEmpty()) {
        throw new EntryFault("optimade.bad_species", "species needs a name and chemical_symbols: "
            + sp);
      }
      boolean hasConc = conc != null && conc.isArray();
      if (hasConc ? conc.size() != symbols.size() : symbols.size() != 1) {
        throw new EntryFault("optimade.bad_species",
            "species '" + name + "': one concentration per chemical symbol is required");
      }
      List<String> kept = new ArrayList<>();
      List<Double> occ = new ArrayList<>();
      double total = 0;
      for (int k = 0; k < symbols.size(); k++) {
        String symbol = symbols.get(k).asText();
        double c = hasConc ? conc.get(k).asDouble(Double.NaN) : 1.0;
        if (!(c >= 0 && c <= 1 + TOLERANCE)) {
          throw new EntryFault("optimade.bad_species",
              "species '" + name + "': concentration " + conc.get(k) + " is not in [0, 1]");
        }
        total += c;
        if (symbol.equals(VACANCY) || c == 0) {
          continue;
        }
        if (!Element.isSymbol(symbol)) {
          throw new EntryFault("optimade.unknown_element",
              "species '" + name + "': '" + symbol + "' is not an element symbol");
        }
        kept.add(symbol);
        occ.add(Math.min(1.0, c));
      }
      if (total > 1 + TOLERANCE) {
        throw new EntryFault("optimade.bad_species",
            "species '" + name + "': concentrations add up to " + total);
      }
      if (sp.hasNonNull("attached") && !warnings.contains("optimade.attached_ignored")) {
        warnings.add("optimade.attached_ignored");
      }
      out.put(name, new Species(kept, occ));
    }
    return out;
  }

  private static String formula(JsonNode a) {
    String reduced = text(a.get("chemical_formula_reduced"));
    return reduced.isEmpty() ? text(a.get("chemical_formula_descriptive")) : reduced;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }
}
