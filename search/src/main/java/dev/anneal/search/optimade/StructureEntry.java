package dev.anneal.search.optimade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;

/**
 * The OPTIMADE structures entry of one row of {@code raw/structures}, built at index time: its
 * attributes (stored as JSON) and the fields filters run on. Sites sharing a position become one
 * OPTIMADE site; a structure with a disordered position gets one uniquely named species per
 * site, in site order, which is what clients that pair species with positions (pymatgen) need.
 */
public final class StructureEntry {

  /** One row of {@code raw/structures.sites}: an element at a fractional position. */
  public record Site(String species, double occupancy, double x, double y, double z) {
  }

  /** Prefix of Anneal's own properties, as the specification requires for provider fields. */
  public static final String PREFIX = "_anneal_";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> attributes;
  private final List<IndexableField> fields;

  private StructureEntry(Map<String, Object> attributes, List<IndexableField> fields) {
    this.attributes = attributes;
    this.fields = fields;
  }

  /** The attributes, in the order they are served. */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /** The Lucene fields to add to the structure's document. */
  public List<IndexableField> fields() {
    return fields;
  }

  /**
   * The entry of a structure.
   *
   * @param matrix        lattice row vectors a, b, c in Å
   * @param sites         one element per position and species, as in {@code raw/structures}
   * @param reducedFormula pymatgen's reduced formula (served as chemical_formula_descriptive)
   * @param materialIds   the materials it belongs to
   * @param numbers       numeric properties of its materials by name
   * @return the entry, or null when the row lacks a lattice of three finite vectors or a site
   *     has a non-finite coordinate or occupancy
   */
  public static StructureEntry of(List<List<Double>> matrix, List<Site> sites,
                                  String reducedFormula, List<String> materialIds,
                                  Map<String, List<Double>> numbers) {
    if (matrix == null || matrix.size() != 3) {
      return null;
    }
    for (List<Double> row : matrix) {
      if (row == null || row.size() != 3 || row.stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
        return null;
      }
    }
    for (Site s : sites) {
      if (s != null && !(Double.isFinite(s.occupancy()) && Double.isFinite(s.x())
          && Double.isFinite(s.y()) && Double.isFinite(s.z()))) {
        return null; // no entry rather than a structure missing a site
      }
    }
    // Group the species of each position, keeping the file's order of positions.
    Map<String, Map<String, Double>> byPosition = new LinkedHashMap<>();
    Map<String, double[]> coords = new LinkedHashMap<>();
    for (Site s : sites) {
      if (s == null || s.species() == null || s.species().isBlank()) {
        continue;
      }
      String key = s.x() + "," + s.y() + "," + s.z();
      coords.putIfAbsent(key, new double[] {s.x(), s.y(), s.z()});
      byPosition.computeIfAbsent(key, k -> new LinkedHashMap<>())
          .merge(s.species().strip(), s.occupancy(), Double::sum);
    }
    boolean ordered = byPosition.values().stream()
        .allMatch(m -> m.size() == 1 && m.values().iterator().next() == 1.0);
    List<List<Double>> cartesian = new ArrayList<>();
    for (double[] f : coords.values()) {
      List<Double> c = new ArrayList<>(3);
      for (int k = 0; k < 3; k++) {
        c.add(f[0] * matrix.get(0).get(k) + f[1] * matrix.get(1).get(k)
            + f[2] * matrix.get(2).get(k));
      }
      cartesian.add(c);
    }
    List<Map<String, Object>> species = new ArrayList<>();
    List<String> speciesAtSites = new ArrayList<>();
    TreeMap<String, Double> amounts = new TreeMap<>();
    boolean multiSymbol = false;
    int i = 0;
    for (Map<String, Double> site : byPosition.values()) {
      i++;
      site.forEach((el, occ) -> amounts.merge(el, occ, Double::sum));
      multiSymbol |= site.size() > 1;
      if (ordered) {
        String el = site.keySet().iterator().next();
        speciesAtSites.add(el);
        if (species.stream().noneMatch(sp -> sp.get("name").equals(el))) {
          species.add(species(el, List.of(el), List.of(1.0)));
        }
      } else {
        String name = String.join("", site.keySet()) + "_" + i;
        speciesAtSites.add(name);
        species.add(species(name, List.copyOf(site.keySet()), List.copyOf(site.values())));
      }
    }
    List<String> elements = List.copyOf(new TreeSet<>(amounts.keySet()));
    double total = amounts.values().stream().mapToDouble(Double::doubleValue).sum();
    List<Double> ratios = new ArrayList<>();
    for (String el : elements) {
      ratios.add(total > 0 ? amounts.get(el) / total : 0.0);
    }
    Map<String, Long> integral = Formulas.integral(amounts);
    String reduced = integral == null ? null : Formulas.reduced(integral);
    String anonymous = integral == null ? null : Formulas.anonymous(integral);
    String descriptive = reducedFormula == null || reducedFormula.isBlank() ? null
        : reducedFormula.strip();
    List<String> features = multiSymbol ? List.of("disorder") : List.of();

    Map<String, Object> a = new LinkedHashMap<>();
    a.put("elements", elements);
    a.put("nelements", elements.size());
    a.put("elements_ratios", ratios);
    a.put("chemical_formula_descriptive", descriptive);
    a.put("chemical_formula_reduced", reduced);
    a.put("chemical_formula_hill", null);
    a.put("chemical_formula_anonymous", anonymous);
    a.put("dimension_types", List.of(1, 1, 1));
    a.put("nperiodic_dimensions", 3);
    a.put("lattice_vectors", matrix);
    a.put("cartesian_site_positions", cartesian);
    a.put("nsites", cartesian.size());
    a.put("species", species);
    a.put("species_at_sites", speciesAtSites);
    a.put("structure_features", features);
    a.put(PREFIX + "material_ids", List.copyOf(new TreeSet<>(materialIds)));
    Map<String, Double> single = new TreeMap<>();
    numbers.forEach((name, values) -> {
      TreeSet<Double> distinct = new TreeSet<>();
      values.stream().filter(v -> v != null && Double.isFinite(v)).forEach(distinct::add);
      if (distinct.size() == 1 && OptimadeProperties.isIdentifier(name)) {
        single.put(name, distinct.first());
      }
    });
    single.forEach((name, v) -> a.put(PREFIX + name, v));

    List<IndexableField> f = new ArrayList<>();
    f.add(new StringField(OptimadeFields.TYPE, "structures", Field.Store.NO));
    f.add(new IntPoint(OptimadeFields.NSITES, cartesian.size()));
    f.add(new IntPoint(OptimadeFields.NELEMENTS, elements.size()));
    string(f, "chemical_formula_descriptive", descriptive);
    string(f, "chemical_formula_reduced", reduced);
    string(f, "chemical_formula_anonymous", anonymous);
    features.forEach(x -> f.add(new StringField(OptimadeFields.FEATURES, x, Field.Store.NO)));
    single.forEach((name, v) -> {
      f.add(new DoublePoint(OptimadeFields.NUMBER_PREFIX + name, v));
      f.add(new StringField(OptimadeFields.KNOWN, PREFIX + name, Field.Store.NO));
    });
    try {
      f.add(new StoredField(OptimadeFields.ENTRY, JSON.writeValueAsString(a)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("attributes of plain values always serialize", e);
    }
    return new StructureEntry(a, f);
  }

  private static Map<String, Object> species(String name, List<String> symbols,
                                             List<Double> concentration) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("chemical_symbols", symbols);
    s.put("concentration", concentration);
    return s;
  }

  private static void string(List<IndexableField> f, String property, String value) {
    if (value != null) {
      f.add(new StringField(OptimadeFields.STRING_PREFIX + property, value, Field.Store.NO));
      f.add(new StringField(OptimadeFields.KNOWN, property, Field.Store.NO));
    }
  }
}
