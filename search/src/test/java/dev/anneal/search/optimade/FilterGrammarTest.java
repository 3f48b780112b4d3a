package dev.anneal.search.optimade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.search.optimade.Filter.Op;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example filter of the specification's filtering section (OPTIMADE v1.2, "API Filtering
 * Format Specification") against the server: the status each must get (200, 400 for unknown
 * properties or bad syntax, 501 for OPTIONAL features this server does not support), the error
 * shape, and random input that must never cause a 500 or an escaping exception.
 */
class FilterGrammarTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The shared fixture index's API ({@link OptimadeFixture#api()}); nothing here writes to it. */
  static OptimadeApi api;

  @BeforeAll
  static void open() throws IOException {
    api = OptimadeFixture.api();
  }

  /** Filter → status, with the reason when it is not 200. */
  static final Map<String, Integer> SPEC_EXAMPLES = new LinkedHashMap<>();

  static {
    Map<String, Integer> m = SPEC_EXAMPLES;
    // Basic boolean operations
    m.put("NOT ( chemical_formula_hill = \"Al\" AND chemical_formula_anonymous = \"A\" OR "
        + "chemical_formula_anonymous = \"H2O\" AND NOT chemical_formula_hill = \"Ti\" )", 200);
    // Numeric and string comparisons
    m.put("nelements > 3", 200);
    m.put("chemical_formula_hill = \"H2O\" AND chemical_formula_anonymous != \"AB\"", 200);
    m.put("_exmpl_aax <= +.1e8 OR nelements >= 10 AND NOT ( _exmpl_x != \"Some string\" OR NOT "
        + "_exmpl_a = 7)", 200);
    m.put("_exmpl_spacegroup=\"P2\"", 200);
    m.put("_exmpl_cell_volume<100.0", 200);
    m.put("_exmpl_band_gap > 5.0 AND _exmpl_molecular_weight < 350", 200);
    m.put("_exmpl_melting_point<300 AND nelements=4 AND chemical_formula_descriptive=\"SiO2\"",
        200);
    m.put("_exmpl_some_string_property = 42", 200);
    m.put("5 < _exmpl_a", 200);
    m.put("((NOT (_exmpl_a>_exmpl_b)) AND _exmpl_x>0)", 200);
    m.put("5 < 7", 200);
    // Substring comparisons
    m.put("chemical_formula_anonymous CONTAINS \"C2\" AND chemical_formula_anonymous STARTS WITH "
        + "\"A2\"", 200);
    m.put("chemical_formula_anonymous STARTS \"A2\" AND chemical_formula_anonymous ENDS WITH "
        + "\"D1\"", 200);
    // Booleans: "property" is a placeholder name, unknown to a structures endpoint -> 400.
    m.put("property = TRUE", 400);
    m.put("property != FALSE", 400);
    m.put("_exmpl_has_inversion_symmetry AND NOT _exmpl_is_primitive", 200);
    // Lists: "list" is a placeholder name -> 400; the elements examples answer.
    m.put("list HAS < 3", 400);
    m.put("list HAS ALL < 3, > 3", 400);
    m.put("list:list HAS >=2:<=5", 400);
    m.put("elements HAS \"H\" AND elements HAS ALL \"H\",\"He\",\"Ga\",\"Ta\" AND elements HAS "
        + "ONLY \"H\",\"He\",\"Ga\",\"Ta\" AND elements HAS ANY \"H\", \"He\", \"Ga\", \"Ta\"",
        200);
    m.put("elements HAS ONLY \"H\",\"He\",\"Ga\",\"Ta\"", 200);
    // Correlated lists are OPTIONAL and not supported -> 501.
    m.put("elements:_exmpl_element_counts HAS \"H\":6 AND elements:_exmpl_element_counts HAS "
        + "ALL \"H\":6,\"He\":7 AND elements:_exmpl_element_counts HAS ONLY \"H\":6 AND "
        + "elements:_exmpl_element_counts HAS ANY \"H\":6,\"He\":7 AND "
        + "elements:_exmpl_element_counts HAS ONLY \"H\":6,\"He\":7", 501);
    m.put("_exmpl_element_counts HAS < 3 AND _exmpl_element_counts HAS ANY > 3, = 6, 4, != 8",
        200);
    m.put("elements:_exmpl_element_counts:_exmpl_element_weights HAS ANY > 3:\"He\":>55.3 , "
        + "= 6:>\"Ti\":<37.6 , 8:<\"Ga\":0", 501);
    // Relationships (nested names) are OPTIONAL and not supported -> 501.
    m.put("calculations.id HAS \"calc-id-96\"", 501);
    m.put("authors.lastname HAS \"Schmit\"", 501);
    // Unknown values
    m.put("chemical_formula_hill IS KNOWN AND NOT chemical_formula_anonymous IS UNKNOWN", 200);
    // Precedence: a, b, c, f are placeholder names -> 400 (their trees are checked below).
    m.put("NOT a > b OR c = 100 AND f = \"C2 H6\"", 400);
    m.put("a >= 0 AND NOT b < c OR c = 0", 400);
    // "is not supported" by the grammar: a boolean compared with a compound comparison.
    m.put("(nsites = 3 AND nelements = 3) = FALSE", 400);
    // Numbers: the valid examples, and the invalid ones.
    for (String n : List.of("12345", "+12", "-34", "1.2", ".2E7", "-.2E+7", "+10.01E-10",
        "6.03e23", ".1E1", "-.1e1", "1.e-12", "-.1e-12", "1.", ".1")) {
      m.put("nelements > " + n, 200);
    }
    m.put("nelements > 1000000000.E1000000000", 501); // beyond the machine range
    for (String n : List.of("1.234D12", ".e1", "-.E1", "+.E2", "1.23E+++", "+-123")) {
      m.put("nelements > " + n, 400);
    }
    // Strings with the two escapes the grammar has.
    m.put("chemical_formula_descriptive = \"a\\\"b\\\\c\"", 200);
    m.put("chemical_formula_descriptive = \"a\\nb\"", 400);
  }

  static JsonNode get(String filter) throws IOException {
    OptimadeApi.Reply r = api.get("/v1/structures", Map.of("filter", filter),
        OptimadeApiTest.BASE);
    JsonNode b = JSON.readTree(r.body());
    assertTrue(r.status() == 200 || r.status() == 400 || r.status() == 501,
        filter + " -> " + r.status() + " " + r.text());
    if (r.status() == 200) {
      assertTrue(b.get("data").isArray(), filter);
      assertTrue(b.get("meta").get("data_returned").isNumber(), filter);
    } else {
      JsonNode e = b.get("errors").get(0);
      assertEquals(Integer.toString(r.status()), e.get("status").asText(), filter);
      assertEquals(r.status() == 400 ? "Bad Request" : "Not Implemented", e.get("title").asText());
      assertTrue(e.get("detail").asText().length() > 5, filter);
      assertEquals(OptimadeApi.API_VERSION, b.get("meta").get("api_version").asText());
      assertTrue(b.get("meta").get("provider").has("prefix"));
      assertTrue(!b.has("data"), "an error carries no data");
    }
    ((com.fasterxml.jackson.databind.node.ObjectNode) b).put("_status", r.status());
    return b;
  }

  @Test
  void everySpecificationExampleGetsItsStatus() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Integer> e : SPEC_EXAMPLES.entrySet()) {
      JsonNode b = get(e.getKey());
      if (b.get("_status").asInt() != e.getValue()) {
        wrong.add(e.getKey() + " -> " + b);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void examplesThatAnswerAnswerCorrectly() throws IOException {
    assertEquals(2, get("nelements > 3").get("meta").get("data_returned").asInt() + 1);
    // Only other providers' properties: unknown everywhere, so NOT of a comparison is true.
    assertEquals(5, get("((NOT (_exmpl_a>_exmpl_b)) AND 5 < 7)").get("meta")
        .get("data_returned").asInt());
    assertEquals(0, get("_exmpl_has_inversion_symmetry AND NOT _exmpl_is_primitive")
        .get("meta").get("data_returned").asInt());
    assertEquals(0, get("elements HAS ONLY \"H\",\"He\",\"Ga\",\"Ta\"").get("meta")
        .get("data_returned").asInt());
    assertEquals(5, get("5 < 7").get("meta").get("data_returned").asInt());
    assertEquals(0, get("7 < 5").get("meta").get("data_returned").asInt());
  }

  @Test
  void precedenceExamplesParseAsTheSpecificationBracesThem() {
    Filter a = new Filter.Compare(new Filter.Property("a"), Op.GT, new Filter.Property("b"));
    assertEquals(new Filter.Or(List.of(new Filter.Not(a), new Filter.And(List.of(
            new Filter.Compare(new Filter.Property("c"), Op.EQ, new Filter.Num("100")),
            new Filter.Compare(new Filter.Property("f"), Op.EQ, new Filter.Str("C2 H6")))))),
        FilterParser.parse("NOT a > b OR c = 100 AND f = \"C2 H6\""));
    assertEquals(FilterParser.parse("((a >= 0) AND (NOT (b < c))) OR (c = 0)"),
        FilterParser.parse("a >= 0 AND NOT b < c OR c = 0"));
    assertEquals(new Filter.Has(new Filter.Property("elements"), Filter.SetMode.ALL,
            List.of(new Filter.Entry(null, new Filter.Str("Ge")),
                new Filter.Entry(null, new Filter.Str("Si"))), null),
        FilterParser.parse("(elements HAS ALL \"Ge\", \"Si\")"));
  }

  @Test
  void nestingIsCappedNotRecursedWithoutLimit() throws IOException {
    String deep = "(".repeat(100_000) + "nsites=1" + ")".repeat(100_000);
    assertEquals(400, get(deep.substring(0, FilterParser.MAX_CHARS - 1)).get("_status").asInt());
    String ok = "(".repeat(FilterParser.MAX_DEPTH) + "nsites=1" + ")".repeat(FilterParser.MAX_DEPTH);
    assertEquals(200, get(ok).get("_status").asInt());
    String tooDeep = "NOT (".repeat(FilterParser.MAX_DEPTH + 1) + "nsites=1"
        + ")".repeat(FilterParser.MAX_DEPTH + 1);
    FilterException e = assertThrows(FilterException.class, () -> FilterParser.parse(tooDeep));
    assertEquals(400, e.status());
    assertEquals(400, get("nsites=1" + " AND nsites=1".repeat(2000)).get("_status").asInt(),
        "longer than the cap");
    assertEquals(200, get("nsites=1" + " OR nsites=1".repeat(500)).get("_status").asInt());
  }

  private static final String[] TOKENS = {"(", ")", " AND ", " OR ", " NOT ", "=", "!=", "<",
      "<=", ">", ">=", " HAS ", " ALL ", " ANY ", " ONLY ", " IS ", " KNOWN ", " UNKNOWN ",
      " CONTAINS ", " STARTS ", " ENDS ", " WITH ", " LENGTH ", " TRUE ", " FALSE ", ",", ":",
      ".", "\"Si\"", "\"\\\"\"", "\"", "3", "-2.5e3", "1e999999999", "elements", "nsites",
      "nelements", "id", "chemical_formula_reduced", "_anneal_tc", "_exmpl_x", "last_modified",
      "species", "structures", "bogus", "\\", "é", "\u0000", " ", "1.", "+", "!", "X"};

  @Test
  void randomFiltersNeverFailTheServer() throws IOException {
    SplittableRandom r = new SplittableRandom(25);
    List<String> valid = new ArrayList<>(SPEC_EXAMPLES.keySet());
    int[] counts = new int[3];
    for (int i = 0; i < 6000; i++) {
      String f;
      int mode = i % 3;
      if (mode == 0) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(12);
        for (int k = 0; k < n; k++) {
          b.append(TOKENS[r.nextInt(TOKENS.length)]);
        }
        f = b.toString();
      } else if (mode == 1) {
        // A specification example with a few characters changed, dropped or repeated.
        StringBuilder b = new StringBuilder(valid.get(r.nextInt(valid.size())));
        for (int k = 0; k < 1 + r.nextInt(3) && b.length() > 0; k++) {
          int at = r.nextInt(b.length());
          switch (r.nextInt(3)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, (char) (32 + r.nextInt(95)));
            default -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + r.nextInt(8))));
          }
        }
        f = b.toString();
      } else {
        char[] c = new char[r.nextInt(40)];
        for (int k = 0; k < c.length; k++) {
          c[k] = (char) r.nextInt(r.nextBoolean() ? 128 : 0x3000);
        }
        f = new String(c);
      }
      try {
        int status = get(f).get("_status").asInt();
        counts[status == 200 ? 0 : status == 400 ? 1 : 2]++;
      } catch (RuntimeException | AssertionError e) {
        fail("filter " + JSON.writeValueAsString(f) + ": " + e, e);
      }
    }
    // The generator reaches every outcome, so the loop tests the server, not only the lexer.
    assertTrue(counts[0] > 50 && counts[1] > 50 && counts[2] > 5, java.util.Arrays.toString(counts));
  }
}
