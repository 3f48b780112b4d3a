package dev.anneal.search.optimade;

import dev.anneal.search.index.IndexFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each structures property is to a filter: which field holds it, its type, and whether it
 * can be unknown. Anneal's numeric properties are {@code _anneal_<name>} for every property the
 * index knows.
 */
final class OptimadeProperties {

  /** How a property is filtered. */
  enum Kind {
    /** A keyword field, maybe unknown for some entries. */
    STRING,
    /** An IntPoint field, always known. */
    INT,
    /** The same integer for every entry. */
    CONSTANT_INT,
    /** The same string for every entry. */
    CONSTANT_STRING,
    /** A list of strings, one keyword per item, always known. */
    STRING_LIST,
    /** A float, known when the structure's materials give exactly one value. */
    ANNEAL_NUMBER,
    /** A property Anneal recognizes but has no value for (null for every entry). */
    ALWAYS_NULL,
    /** Served, always known, but not filterable (filters on it are 501). */
    NOT_FILTERABLE,
    /** A property with another provider's prefix: unknown for every entry. */
    FOREIGN
  }

  /** One property: its kind, its field, and for lists the prefix of its values in the field. */
  record Prop(String name, Kind kind, String field, String valuePrefix, String type) {
  }

  static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z_0-9]*");
  private static final Pattern PREFIXED = Pattern.compile("_([a-z0-9]+)_[a-z_0-9]*");

  /** The standard properties, with the OPTIMADE type served in info/structures. */
  static final Map<String, Prop> STANDARD = new LinkedHashMap<>();

  static {
    put("id", Kind.STRING, IndexFields.ID, "string");
    put("type", Kind.CONSTANT_STRING, null, "string");
    put("immutable_id", Kind.ALWAYS_NULL, null, "string");
    put("last_modified", Kind.ALWAYS_NULL, null, "timestamp");
    put("elements", Kind.STRING_LIST, IndexFields.ELEMENTS, "list");
    put("nelements", Kind.INT, OptimadeFields.NELEMENTS, "integer");
    put("elements_ratios", Kind.NOT_FILTERABLE, null, "list");
    put("chemical_formula_descriptive", Kind.STRING,
        OptimadeFields.STRING_PREFIX + "chemical_formula_descriptive", "string");
    put("chemical_formula_reduced", Kind.STRING,
        OptimadeFields.STRING_PREFIX + "chemical_formula_reduced", "string");
    put("chemical_formula_hill", Kind.ALWAYS_NULL, null, "string");
    put("chemical_formula_anonymous", Kind.STRING,
        OptimadeFields.STRING_PREFIX + "chemical_formula_anonymous", "string");
    put("dimension_types", Kind.NOT_FILTERABLE, null, "list");
    put("nperiodic_dimensions", Kind.CONSTANT_INT, null, "integer");
    put("lattice_vectors", Kind.NOT_FILTERABLE, null, "list");
    put("cartesian_site_positions", Kind.NOT_FILTERABLE, null, "list");
    put("nsites", Kind.INT, OptimadeFields.NSITES, "integer");
    put("species", Kind.NOT_FILTERABLE, null, "list");
    put("species_at_sites", Kind.NOT_FILTERABLE, null, "list");
    put("assemblies", Kind.ALWAYS_NULL, null, "list");
    put("structure_features", Kind.STRING_LIST, OptimadeFields.FEATURES, "list");
    put("space_group_symmetry_operations_xyz", Kind.ALWAYS_NULL, null, "list");
    put("space_group_symbol_hall", Kind.ALWAYS_NULL, null, "string");
    put("space_group_symbol_hermann_mauguin", Kind.ALWAYS_NULL, null, "string");
    put("space_group_symbol_hermann_mauguin_extended", Kind.ALWAYS_NULL, null, "string");
    put("space_group_it_number", Kind.ALWAYS_NULL, null, "integer");
  }

  /** Anneal's own non-numeric properties. */
  static final Map<String, Prop> ANNEAL = new LinkedHashMap<>();

  static {
    ANNEAL.put("_anneal_material_ids", new Prop("_anneal_material_ids", Kind.STRING_LIST,
        IndexFields.LINK, IndexFields.KIND_MATERIAL + ":", "list"));
    for (String p : Set.of("_anneal_labels", "_anneal_synthesis", "_anneal_papers")) {
      ANNEAL.put(p, new Prop(p, Kind.NOT_FILTERABLE, null, null, "list"));
    }
  }

  private static void put(String name, Kind kind, String field, String type) {
    STANDARD.put(name, new Prop(name, kind, field, null, type));
  }

  private final Set<String> numbers;

  /** With the numeric properties the index holds ({@code tc}, {@code temperature}…). */
  OptimadeProperties(Set<String> numbers) {
    this.numbers = numbers;
  }

  /** The numeric property names, as in {@code _anneal_<name>}. */
  Set<String> numbers() {
    return numbers;
  }

  static boolean isIdentifier(String name) {
    return IDENTIFIER.matcher(name).matches();
  }

  /**
   * The property a filter names.
   *
   * @throws FilterException 400 for an unknown name without a prefix or with Anneal's, 501 for
   *                         nested names (relationship filters are not supported)
   */
  Prop resolve(String name) {
    if (name.contains(".")) {
      if (PREFIXED.matcher(name.substring(0, name.indexOf('.'))).matches()
          && !name.startsWith(StructureEntry.PREFIX)) {
        return new Prop(name, Kind.FOREIGN, null, null, null);
      }
      throw FilterException.notImplemented("nested property names and filters on "
          + "relationships are not supported: " + name);
    }
    Prop p = STANDARD.get(name);
    if (p != null) {
      return p;
    }
    if (name.startsWith(StructureEntry.PREFIX)) {
      Prop own = ANNEAL.get(name);
      if (own != null) {
        return own;
      }
      String rest = name.substring(StructureEntry.PREFIX.length());
      if (numbers.contains(rest)) {
        return new Prop(name, Kind.ANNEAL_NUMBER, OptimadeFields.NUMBER_PREFIX + rest, null,
            "float");
      }
      if (rest.endsWith("_uncertainty") && numbers.contains(
          rest.substring(0, rest.length() - "_uncertainty".length()))) {
        return new Prop(name, Kind.NOT_FILTERABLE, null, null, "float");
      }
      throw FilterException.badRequest("unknown property " + name + "; Anneal's properties are "
          + String.join(", ", ANNEAL.keySet()) + " and _anneal_<name> for " + numbers);
    }
    if (PREFIXED.matcher(name).matches()) {
      return new Prop(name, Kind.FOREIGN, null, null, null);
    }
    throw FilterException.badRequest("unknown property " + name + " for structures");
  }
}
