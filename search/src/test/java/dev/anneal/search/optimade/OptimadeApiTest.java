package dev.anneal.search.optimade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OPTIMADE endpoints on {@link OptimadeFixture}: filters, entries, paging and errors. */
class OptimadeApiTest {

  static final String BASE = "http://127.0.0.1:1/optimade";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The shared fixture index's API ({@link OptimadeFixture#api()}); nothing here writes to it. */
  static OptimadeApi api;

  @BeforeAll
  static void open() throws IOException {
    api = OptimadeFixture.api();
  }

  static JsonNode get(String path, String... kv) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      params.put(kv[i], kv[i + 1]);
    }
    OptimadeApi.Reply r = api.get(path, params, BASE);
    JsonNode body = JSON.readTree(r.body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("_status", r.status());
    return body;
  }

  static Set<String> ids(String filter) throws IOException {
    JsonNode b = get("/v1/structures", "filter", filter, "page_limit", "100");
    assertEquals(200, b.get("_status").asInt(), filter + " -> " + b);
    Set<String> out = new TreeSet<>();
    b.get("data").forEach(d -> out.add(d.get("id").asText()));
    assertEquals(out.size(), b.get("meta").get("data_returned").asInt(), filter);
    return out;
  }

  static int status(String filter) throws IOException {
    JsonNode b = get("/v1/structures", "filter", filter);
    if (b.get("_status").asInt() != 200) {
      JsonNode e = b.get("errors").get(0);
      assertEquals(b.get("_status").asText(), e.get("status").asText());
      assertTrue(e.get("title").asText().length() > 0);
      assertTrue(e.get("detail").asText().length() > 0);
      assertEquals(OptimadeApi.API_VERSION, b.get("meta").get("api_version").asText());
    }
    return b.get("_status").asInt();
  }

  @Test
  void elementsFilters() throws IOException {
    assertEquals(Set.of("s-sige"), ids("elements HAS ALL \"Ge\", \"Si\""));
    assertEquals(Set.of("s-sige"), ids("(elements HAS ALL \"Ge\", \"Si\") AND (nelements=2)"));
    assertEquals(Set.of("s-lco", "s-ybco"), ids("elements HAS \"Cu\""));
    assertEquals(Set.of("s-lco", "s-nacl", "s-ybco"), ids("elements HAS ANY \"Cu\", \"Na\""));
    assertEquals(Set.of("s-feo"), ids("elements HAS ONLY \"Fe\", \"O\", \"Zr\""));
    assertEquals(Set.of("s-feo", "s-lco"), ids("elements HAS ONLY \"Fe\", \"O\", \"La\", \"Cu\""));
    assertEquals(Set.of("s-ybco"), ids("elements LENGTH 4"));
    assertEquals(Set.of(), ids("elements HAS \"Xx\""));
  }

  @Test
  void numbersAndFormulas() throws IOException {
    assertEquals(Set.of("s-nacl"), ids("nsites = 8"));
    assertEquals(Set.of("s-feo", "s-sige"), ids("nsites < 2.5"));
    assertEquals(Set.of("s-lco", "s-nacl", "s-ybco"), ids("nsites >= 7"));
    assertEquals(Set.of("s-lco", "s-nacl", "s-ybco"), ids("7 <= nsites"));
    assertEquals(Set.of("s-lco", "s-ybco"), ids("nsites > 6 AND NOT nsites = 8"));
    assertEquals(Set.of("s-nacl"), ids("chemical_formula_reduced = \"ClNa\""));
    assertEquals(Set.of("s-ybco"), ids("chemical_formula_reduced = \"Ba2Cu3O7Y\""));
    assertEquals(Set.of("s-sige"), ids("chemical_formula_reduced = \"GeSi\""));
    assertEquals(Set.of("s-nacl", "s-sige"), ids("chemical_formula_anonymous = \"AB\""));
    assertEquals(Set.of("s-lco"), ids("chemical_formula_anonymous = \"A4B2C\""));
    assertEquals(Set.of("s-lco"), ids("chemical_formula_descriptive = \"La2CuO4\""));
    assertEquals(Set.of("s-lco", "s-ybco"), ids("chemical_formula_reduced CONTAINS \"Cu\""));
    assertEquals(Set.of("s-ybco"), ids("chemical_formula_anonymous STARTS WITH \"A7\" "
        + "AND chemical_formula_anonymous ENDS \"D\""));
    assertEquals(Set.of("s-ybco"), ids("chemical_formula_anonymous = \"A7B3C2D\""));
    assertEquals(Set.of("s-nacl"), ids("id = \"s-nacl\""));
    assertEquals(Set.of("s-feo", "s-lco", "s-sige", "s-ybco"), ids("id != \"s-nacl\""));
    assertEquals(Set.of("s-feo", "s-lco"), ids("id < \"s-n\""));
  }

  @Test
  void unknownValuesFollowTheSpecification() throws IOException {
    // Fe0.9O has no whole-number reduced formula: unknown, so no comparison matches it.
    assertEquals(Set.of("s-feo"), ids("chemical_formula_reduced IS UNKNOWN"));
    assertEquals(Set.of("s-lco", "s-nacl", "s-sige", "s-ybco"),
        ids("chemical_formula_reduced != \"GeSi\" OR chemical_formula_reduced = \"GeSi\""));
    assertEquals(Set.of("s-feo"), ids("NOT chemical_formula_reduced IS KNOWN"));
    assertEquals(Set.of("s-feo", "s-lco", "s-nacl", "s-sige", "s-ybco"),
        ids("last_modified IS UNKNOWN"));
    assertEquals(Set.of(), ids("last_modified > \"2020-01-01T00:00:00Z\""));
    assertEquals(Set.of(), ids("chemical_formula_hill = \"H2O\""));
    assertEquals(Set.of(), ids("_exmpl_band_gap > 5.0"));
    assertEquals(5, ids("NOT _exmpl_band_gap > 5.0").size());
    JsonNode b = get("/v1/structures", "filter", "_exmpl_band_gap > 5.0");
    assertTrue(b.get("meta").get("warnings").get(0).get("detail").asText()
        .contains("_exmpl_band_gap"));
  }

  @Test
  void annealProperties() throws IOException {
    assertEquals(Set.of("s-ybco"), ids("_anneal_tc > 30"));
    assertEquals(Set.of("s-ybco"), ids("_anneal_tc = 91.8"));
    assertEquals(Set.of(), ids("_anneal_tc > 91.8"));
    // La2CuO4's materials give two values: unknown, never matched by a comparison.
    assertEquals(Set.of("s-ybco"), ids("_anneal_tc IS KNOWN"));
    assertEquals(Set.of(), ids("_anneal_tc < 35"));
    assertEquals(Set.of("s-ybco"), ids("_anneal_material_ids HAS \"mp-ybco\""));
    JsonNode e = get("/v1/structures/s-ybco").get("data").get("attributes");
    assertEquals(91.8, e.get("_anneal_tc").asDouble());
    assertEquals(0.3, e.get("_anneal_tc_uncertainty").asDouble());
    assertEquals("K", e.get("_anneal_labels").get(0).get("unit").asText());
    assertEquals("syn-ybco-1", e.get("_anneal_synthesis").get(0).get("id").asText());
    assertEquals("d-ybco", e.get("_anneal_papers").get(0).get("id").asText());
    assertTrue(get("/v1/structures/s-lco").get("data").get("attributes").get("_anneal_tc")
        .isNull());
    assertEquals(400, status("_anneal_bogus > 3"));
  }

  @Test
  void structureAttributes() throws IOException {
    JsonNode a = get("/v1/structures/s-nacl").get("data").get("attributes");
    assertEquals(8, a.get("nsites").asInt());
    assertEquals(8, a.get("cartesian_site_positions").size());
    assertEquals(2.82, a.get("cartesian_site_positions").get(1).get(1).asDouble(), 1e-12);
    assertEquals("[\"Na\",\"Cl\"]", a.get("species").findValues("name").toString()
        .replace(" ", ""));
    assertEquals("Cl", a.get("species_at_sites").get(4).asText());
    assertEquals(0, a.get("structure_features").size());
    assertEquals(3, a.get("nperiodic_dimensions").asInt());
    assertTrue(a.has("last_modified") && a.get("last_modified").isNull());

    JsonNode d = get("/v1/structures/s-sige").get("data").get("attributes");
    assertEquals(2, d.get("species").size(), "one species per site of a disordered structure");
    assertEquals("SiGe_1", d.get("species").get(0).get("name").asText());
    assertEquals("SiGe_2", d.get("species_at_sites").get(1).asText());
    assertEquals("[0.5,0.5]", d.get("species").get(1).get("concentration").toString());
    assertEquals("disorder", d.get("structure_features").get(0).asText());
    assertEquals(1.375, d.get("cartesian_site_positions").get(1).get(2).asDouble(), 1e-12);

    JsonNode only = get("/v1/structures/s-nacl", "response_fields", "nsites,elements")
        .get("data").get("attributes");
    assertEquals(Set.of("nsites", "elements"), fieldNames(only));
    assertEquals(404, get("/v1/structures/nope").get("_status").asInt());
  }

  @Test
  void pagingFollowsNextLinksToTheEnd() throws IOException {
    JsonNode p1 = get("/v1/structures", "page_limit", "2");
    assertEquals(5, p1.get("meta").get("data_returned").asInt());
    assertTrue(p1.get("meta").get("more_data_available").asBoolean());
    String next = p1.get("links").get("next").asText();
    assertTrue(next.startsWith(BASE + "/v1/structures?"), next);
    assertTrue(next.contains("page_offset=2"), next);
    JsonNode p3 = get("/v1/structures", "page_limit", "2", "page_offset", "4");
    assertEquals(1, p3.get("data").size());
    assertFalse(p3.get("meta").get("more_data_available").asBoolean());
    assertTrue(p3.get("links").get("next").isNull());
    assertEquals(403, get("/v1/structures", "page_limit", "100000").get("_status").asInt());
    assertEquals(400, get("/v1/structures", "page_offset", "x").get("_status").asInt());
  }

  @Test
  void infoVersionsLinksReferences() throws IOException {
    OptimadeApi.Reply v = api.get("/versions", Map.of(), BASE);
    assertEquals("version\n1\n", v.text());
    assertTrue(v.contentType().startsWith("text/csv"));
    JsonNode info = get("/v1/info");
    assertEquals("1.2.0", info.get("data").get("attributes").get("api_version").asText());
    assertEquals("anneal", info.get("meta").get("provider").get("prefix").asText());
    JsonNode is = get("/v1/info/structures");
    assertTrue(is.get("data").get("properties").has("_anneal_tc"));
    assertEquals(0, get("/v1/links").get("data").size());
    JsonNode refs = get("/v1/references");
    assertEquals(200, refs.get("_status").asInt());
    assertTrue(refs.get("meta").get("data_returned").asInt() > 0);
    assertEquals(553, get("/v2/info").get("_status").asInt());
    assertEquals(404, get("/v1/nothing").get("_status").asInt());
  }

  @Test
  void unsupportedPartsAre501AndMistakes400() throws IOException {
    assertEquals(501, status("lattice_vectors HAS 1"));
    assertEquals(501, status("elements:_anneal_tc HAS \"H\":6"));
    assertEquals(501, status("nsites > nelements"));
    assertEquals(501, status("nsites = \"3\""));
    assertEquals(501, status("elements HAS < \"C\""));
    assertEquals(501, status("structures.id HAS \"x\""));
    assertEquals(400, status("nsites >"));
    assertEquals(400, status("bogus_property = 1"));
    assertEquals(400, status("last_modified > \"yesterday\""));
    assertEquals(400, status("elements HAS ALL \"Si\" \"Ge\""));
  }

  private static Set<String> fieldNames(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
