package dev.anneal.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.ExampleRun;
import dev.anneal.search.Searcher;
import dev.anneal.search.server.SearchServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal serve}'s OPTIMADE API on the example run's index, queried by pymatgen 2022.11.7's
 * {@code OptimadeRester} (Debian's python3-pymatgen) as a researcher would: every element and
 * formula query returns exactly the ingested structures that match, each equal to its row of
 * {@code raw/structures} (formula, element amounts, lattice, sites with occupancies).
 */
class OptimadePymatgenTest {

  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;
  static Searcher searcher;
  static SearchServer server;
  static Map<String, Expected> ingested;

  /** A row of raw/structures, its sites grouped by position as OPTIMADE serves them. */
  record Expected(String id, String reducedFormula, List<String> elements, List<double[]> matrix,
                  List<Map<String, Double>> species, List<double[]> frac,
                  Map<String, Double> amounts) {
  }

  @BeforeAll
  static void serveTheExampleRun() throws Exception {
    boolean pymatgen = false;
    if (Files.isExecutable(PYTHON)) {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import pymatgen.ext.optimade")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      pymatgen = p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0;
    }
    assumeTrue(pymatgen, "pymatgen is missing: scripts/install-test-deps.sh installs "
        + "python3-pymatgen (Debian); OPTIMADE not checked against OptimadeRester");
    Path out = ExampleRun.out();
    searcher = new Searcher(out.resolve("index"));
    server = new SearchServer(searcher, "127.0.0.1", 0).start();
    ingested = new LinkedHashMap<>();
    for (Row r : LocalSpark.get().read().parquet(out + "/raw/structures").collectAsList()) {
      ingested.put(r.getAs("structure_id"), expected(r));
    }
    assertTrue(ingested.size() >= 7, "the example corpus has its structures: " + ingested.keySet());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  private static Expected expected(Row r) {
    Row lattice = r.getAs("lattice");
    List<double[]> matrix = new ArrayList<>();
    for (Object v : lattice.getList(lattice.fieldIndex("matrix"))) {
      scala.collection.Seq<?> seq = (scala.collection.Seq<?>) v;
      matrix.add(new double[] {(Double) seq.apply(0), (Double) seq.apply(1), (Double) seq.apply(2)});
    }
    Map<String, Map<String, Double>> byPosition = new LinkedHashMap<>();
    Map<String, double[]> frac = new LinkedHashMap<>();
    Map<String, Double> amounts = new TreeMap<>();
    for (Row s : r.<Row>getList(r.fieldIndex("sites"))) {
      double x = s.getAs("x");
      double y = s.getAs("y");
      double z = s.getAs("z");
      String key = x + "," + y + "," + z;
      frac.putIfAbsent(key, new double[] {x, y, z});
      String el = s.getAs("species");
      double occ = s.getAs("occupancy");
      byPosition.computeIfAbsent(key, k -> new TreeMap<>()).merge(el, occ, Double::sum);
      amounts.merge(el, occ, Double::sum);
    }
    return new Expected(r.getAs("structure_id"), r.getAs("reduced_formula"),
        r.getList(r.fieldIndex("elements")), matrix, new ArrayList<>(byPosition.values()),
        new ArrayList<>(frac.values()), amounts);
  }

  private static JsonNode pymatgen(List<Map<String, Object>> queries) throws Exception {
    Path script = ProjectPaths.root().resolve("jobs/src/test/resources/optimade/pymatgen_client.py");
    Path stdout = tmp.resolve("pymatgen.json");
    Path stderr = tmp.resolve("pymatgen.log");
    Process p = new ProcessBuilder(PYTHON.toString(), script.toString(),
        "http://127.0.0.1:" + server.port() + "/optimade", JSON.writeValueAsString(queries))
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "pymatgen did not finish");
    String log = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), log);
    // OptimadeRester logs (and drops) every structure it cannot build: there must be none.
    assertTrue(!log.contains("Failed to parse") && !log.contains("Could not retrieve"), log);
    return JSON.readTree(stdout.toFile());
  }

  private static Map<String, Object> q(String name, String key, Object value) {
    return Map.of("name", name, key, value);
  }

  /** Element amounts as whole numbers reduced by their gcd, sorted descending; null if not whole. */
  private static List<Long> anonymous(Map<String, Double> amounts) {
    List<Long> n = new ArrayList<>();
    for (double v : amounts.values()) {
      if (Math.abs(v - Math.round(v)) > 1e-6) {
        return null;
      }
      n.add(Math.round(v));
    }
    long g = 0;
    for (long v : n) {
      g = java.math.BigInteger.valueOf(g).gcd(java.math.BigInteger.valueOf(v)).longValue();
    }
    final long gcd = g;
    return n.stream().map(v -> v / gcd).sorted(java.util.Comparator.reverseOrder()).toList();
  }

  @Test
  void optimadeResterGetsTheIngestedStructures() throws Exception {
    Map<String, Predicate<Expected>> wanted = new LinkedHashMap<>();
    List<Map<String, Object>> queries = new ArrayList<>();
    queries.add(q("Si,Ge", "elements", List.of("Si", "Ge")));
    wanted.put("Si,Ge", e -> e.elements().containsAll(List.of("Si", "Ge")));
    queries.add(q("Ti,O", "elements", List.of("Ti", "O")));
    wanted.put("Ti,O", e -> e.elements().containsAll(List.of("Ti", "O")));
    queries.add(q("O", "elements", List.of("O")));
    wanted.put("O", e -> e.elements().contains("O"));
    queries.add(q("Si", "elements", List.of("Si")));
    wanted.put("Si", e -> e.elements().contains("Si"));
    queries.add(q("reduced ClNa", "filter", "chemical_formula_reduced=\"ClNa\""));
    wanted.put("reduced ClNa", e -> e.amounts().keySet().equals(Set.of("Cl", "Na"))
        && List.of(1L, 1L).equals(anonymous(e.amounts())));
    queries.add(q("descriptive MgB2", "filter", "(chemical_formula_descriptive=\"MgB2\")"));
    wanted.put("descriptive MgB2", e -> e.reducedFormula().equals("MgB2"));
    queries.add(q("anonymous A2B", "anonymous", "A2B"));
    wanted.put("anonymous A2B", e -> List.of(2L, 1L).equals(anonymous(e.amounts())));
    queries.add(q("Y,Ba,Cu,O and nelements=4", "filter",
        "(elements HAS ALL \"Y\", \"Ba\", \"Cu\", \"O\") AND (nelements=4)"));
    wanted.put("Y,Ba,Cu,O and nelements=4", e -> e.elements().size() == 4
        && e.elements().containsAll(List.of("Y", "Ba", "Cu", "O")));

    JsonNode answers = pymatgen(queries);
    for (Map.Entry<String, Predicate<Expected>> w : wanted.entrySet()) {
      Set<String> expectedIds = new TreeSet<>();
      ingested.values().stream().filter(w.getValue()).forEach(e -> expectedIds.add(e.id()));
      JsonNode got = answers.get(w.getKey());
      Set<String> gotIds = new TreeSet<>();
      got.fieldNames().forEachRemaining(gotIds::add);
      assertTrue(!expectedIds.isEmpty(), w.getKey() + " matches something in the example run");
      assertEquals(expectedIds, gotIds, w.getKey());
      for (String id : gotIds) {
        same(ingested.get(id), got.get(id), w.getKey());
      }
    }
  }

  private static void same(Expected e, JsonNode s, String query) {
    String where = query + " / " + e.id() + " (" + e.reducedFormula() + ")";
    assertEquals(e.reducedFormula(), s.get("reduced_formula").asText(), where);
    Map<String, Double> amounts = new TreeMap<>();
    s.get("amounts").fields().forEachRemaining(f -> amounts.put(f.getKey(), f.getValue().asDouble()));
    assertEquals(e.amounts().keySet(), amounts.keySet(), where);
    e.amounts().forEach((el, v) -> assertEquals(v, amounts.get(el), 1e-9, where + " " + el));
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        assertEquals(e.matrix().get(i)[k], s.get("matrix").get(i).get(k).asDouble(), 1e-9, where);
      }
    }
    JsonNode sites = s.get("sites");
    assertEquals(e.species().size(), sites.size(), where + ": sites");
    for (int i = 0; i < sites.size(); i++) {
      Map<String, Double> sp = new TreeMap<>();
      sites.get(i).get("species").fields()
          .forEachRemaining(f -> sp.put(f.getKey(), f.getValue().asDouble()));
      assertEquals(e.species().get(i).keySet(), sp.keySet(), where + " site " + i);
      for (String el : sp.keySet()) {
        assertEquals(e.species().get(i).get(el), sp.get(el), 1e-12, where + " site " + i);
      }
      for (int k = 0; k < 3; k++) {
        double d = e.frac().get(i)[k] - sites.get(i).get("frac").get(k).asDouble();
        assertEquals(0.0, d - Math.rint(d), 1e-9, where + " site " + i + " coordinate " + k);
      }
    }
  }
}
