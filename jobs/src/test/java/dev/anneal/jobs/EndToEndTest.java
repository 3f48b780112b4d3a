package dev.anneal.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import dev.anneal.search.SearchResults;
import dev.anneal.search.Searcher;
import dev.anneal.tokenize.shard.ManifestIo;
import dev.anneal.tokenize.shard.ShardFile;
import dev.anneal.tokenize.shard.ShardManifest;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal run} on {@code examples/corpus} through the real command line, in the shared
 * local Spark session, with assertions on every output table.
 */
class EndToEndTest {

  @TempDir
  static Path tmp;
  static Path out;
  static SparkSession spark;

  @BeforeAll
  static void runThePipeline() {
    spark = LocalSpark.get();
    // The shared clean run (ExampleRun asserts its exit status); read only here.
    out = ExampleRun.out();
  }

  private static Dataset<Row> table(String path) {
    return spark.read().parquet(out.resolve(path).toString());
  }

  private static Set<String> inputFiles() throws IOException {
    // source_uri is the path relative to the input root (ids and tables never hold the folder).
    Path root = ProjectPaths.exampleCorpus();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void runSucceedsAndReportsEveryStage() throws IOException {
    JsonNode run = new ObjectMapper().readTree(out.resolve("reports/run.json").toFile());
    assertEquals("succeeded", run.get("status").asText());
    List<String> stages = run.get("stages").findValuesAsText("stage");
    assertEquals(List.of("ingest", "normalize", "link", "render", "quality", "tokenize", "index"),
        stages);
    assertEquals(512, run.get("config").get("tokenize").get("seq_len").asInt());
  }

  @Test
  void everyInputFileIsReadOrQuarantinedAndNothingIsLost() throws IOException {
    Set<String> accounted = new HashSet<>();
    for (String t : List.of("raw/documents", "raw/structures", "raw/calculations",
        "raw/lab_records", "raw/quarantine")) {
      table(t).select("source_uri").distinct().collectAsList()
          .forEach(r -> accounted.add(r.getString(0)));
    }
    assertEquals(inputFiles(), accounted);
  }

  @Test
  void brokenFilesAreQuarantinedWithTheirReasons() {
    Map<String, String> reasonByFile = new HashMap<>();
    for (Row r : table("raw/quarantine").where(col("stage").equalTo("ingest")).collectAsList()) {
      String uri = r.getAs("source_uri");
      reasonByFile.put(uri.substring(uri.lastIndexOf('/') + 1), r.getAs("reason"));
      assertFalse(((String) r.getAs("message")).isBlank(), "every rejection says why");
    }
    assertEquals(Map.of("corrupted.bin", "file.binary", "empty.txt", "file.empty",
        "broken_unterminated_quote.cif", "cif.no_cell"), reasonByFile);
  }

  @Test
  void papersGiveSynthesisRowsOfExampleMaterialsAndReportedValues() {
    Dataset<Row> synthesis = table("raw/synthesis").where(col("source_kind").equalTo("literature"));
    List<String> materials = table("curated/materials").select("reduced_formula").collectAsList()
        .stream().map(r -> r.getString(0)).toList();
    Set<String> targets = synthesis.selectExpr("explode(targets) as t")
        .selectExpr("t.reduced_formula").collectAsList().stream().map(r -> r.getString(0))
        .filter(materials::contains).collect(Collectors.toSet());
    assertTrue(targets.size() >= 2, "synthesis targets that are example structures: " + targets);
    assertEquals(0, synthesis.where(col("para_id").isNull().or(col("score").lt(0.5))).count());
    List<Row> mgb2 = table("raw/measurements").where(col("source_kind").equalTo("literature")
        .and(col("reduced_formula").equalTo("MgB2")).and(col("property").equalTo("tc")))
        .collectAsList();
    assertTrue(mgb2.stream().anyMatch(r -> r.<Double>getAs("value") == 39.0
        && r.<String>getAs("location").startsWith("para ")), "MgB2 Tc of 39 K: " + mgb2);
  }

  @Test
  void labLogValuesAreMeasurementsOrQuarantinedWithTheNoisePlantedOnPurpose() {
    Dataset<Row> labRecords = table("raw/lab_records");
    long records = labRecords.count();
    List<String> labFiles = labRecords.select("source_uri").distinct().collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    // Values reported in the papers (source_kind = literature) are counted by their own test.
    Dataset<Row> measurements = table("raw/measurements")
        .where(col("source_kind").notEqual("literature"));
    List<Row> rejected = table("raw/quarantine").where(col("stage").equalTo("normalize")
        .and(col("source_uri").isin(labFiles.toArray()))).collectAsList();
    assertEquals(records, measurements.count() + rejected.size(), "no lab value is lost");
    Set<String> reasons = rejected.stream().map(r -> r.<String>getAs("reason"))
        .collect(Collectors.toSet());
    // examples/README.md: a Tc of -181.2 in a K column, 1173 K under a °C header, a duplicate
    // row, a blank material, an unannealed sample without Tc.
    assertEquals(Set.of("measurement.implausible_value", "measurement.contradictory_unit",
        "measurement.duplicate_row", "measurement.missing_material",
        "measurement.missing_value"), reasons);
    assertTrue(rejected.stream().anyMatch(r -> r.<String>getAs("reason")
        .equals("measurement.implausible_value") && (r.<String>getAs("message").contains("-181.2")
        || r.<String>getAs("sample").contains("-181.2"))), "the °C-in-K value is named");
    // Tc of YBCO as measured, in kelvin, whatever notation the log used (YBCO, Y-123, …).
    List<Row> ybco = measurements.where(col("reduced_formula").equalTo("Ba2YCu3O7")
        .and(col("property").equalTo("tc"))).collectAsList();
    assertTrue(ybco.size() >= 3, "YBCO Tc rows: " + ybco.size());
    for (Row r : ybco) {
      assertEquals("K", r.getAs("unit"));
      double tc = r.getAs("value_low");
      assertTrue(tc > 80 && tc < 95, "YBCO Tc " + tc);
    }
    assertEquals(0, measurements.where(col("operator").rlike("(?i)novak|okafor|wei li"))
        .count(), "operators are pseudonymized");
  }

  @Test
  void papersBecomeDocumentsAndParagraphs() {
    List<Row> docs = table("raw/documents").collectAsList();
    assertEquals(5, docs.size());
    for (Row d : docs) {
      assertFalse(((String) d.getAs("title")).isBlank());
      assertTrue(((String) d.getAs("doi")).startsWith("10.5555/anneal.example."));
      assertEquals(((String) d.getAs("text")).length(), (int) d.getAs("n_chars"));
    }
    Dataset<Row> paragraphs = table("raw/paragraphs");
    assertEquals(0, paragraphs.join(table("raw/documents"), "doc_id").count()
        - paragraphs.count(), "every paragraph belongs to a document");
    assertTrue(paragraphs.where(col("text").contains("oxygen")
        .and(col("section").equalTo("Experimental"))).count() > 0);
  }

  @Test
  void structuresHaveTheirFullCellsAndPymatgenFormulas() {
    Map<String, Row> byFile = new HashMap<>();
    for (Row r : table("raw/structures").collectAsList()) {
      String uri = r.getAs("source_uri");
      byFile.put(uri.substring(uri.lastIndexOf('/') + 1), r);
    }
    assertEquals(8, byFile.size());
    // Reduced formulas and conventional-cell site counts as pymatgen gives them
    // (scripts/examples/verify_example_cifs.py).
    Object[][] expected = {
        {"NaCl_halite.cif", "NaCl", 8, 225}, {"Si_diamond.cif", "Si", 8, 227},
        {"TiO2_rutile.cif", "TiO2", 6, 136}, {"TiO2_anatase.cif", "TiO2", 12, 141},
        {"LiFePO4_olivine.cif", "LiFePO4", 28, 62},
        {"YBa2Cu3O7_orthorhombic.cif", "Ba2YCu3O7", 13, 47},
        {"MgB2_AlB2type.cif", "MgB2", 3, 191}, {"Si0.5Ge0.5_alloy.cif", "SiGe", 8, 227}};
    for (Object[] e : expected) {
      Row r = byFile.get((String) e[0]);
      assertEquals(e[1], r.getAs("reduced_formula"), (String) e[0]);
      assertEquals(e[2], r.getAs("nsites"), (String) e[0]);
      assertEquals(e[3], r.getAs("spacegroup_number"), (String) e[0]);
    }
    Row nacl = byFile.get("NaCl_halite.cif");
    assertEquals(5.6402, nacl.getStruct(nacl.fieldIndex("lattice")).getDouble(0), 1e-9);
    assertEquals(2.163, (double) nacl.getAs("density"), 0.002);
  }

  @Test
  void materialsSeparatePolymorphsOfOneComposition() {
    Dataset<Row> materials = table("curated/materials");
    assertEquals(8, materials.where(org.apache.spark.sql.functions.size(col("structure_ids"))
        .gt(0)).count(), "one material per structure polymorph");
    List<Row> tio2 = materials.where(col("reduced_formula").equalTo("TiO2")
        .and(col("spacegroup_number").isNotNull())).orderBy("spacegroup_number").collectAsList();
    assertEquals(2, tio2.size());
    assertEquals(136, (int) tio2.get(0).getAs("spacegroup_number"));
    assertEquals(141, (int) tio2.get(1).getAs("spacegroup_number"));
    assertEquals(materials.count(), materials.select(col("material_id")).distinct().count());
  }

  @Test
  void materialsConnectStructuresMeasurementsAndSynthesis() {
    Dataset<Row> links = table("curated/links");
    Dataset<Row> byKind = links.groupBy("material_id")
        .pivot("kind", List.of("structure_of", "measured_on", "synthesized_in")).count();
    List<Row> connected = byKind.where(col("structure_of").gt(0).and(col("measured_on").gt(0)))
        .join(table("curated/materials"), "material_id").collectAsList();
    Set<String> formulas = connected.stream().map(r -> r.<String>getAs("reduced_formula"))
        .collect(Collectors.toSet());
    System.out.println("[link] materials with a structure and a measured value: " + formulas);
    assertTrue(formulas.containsAll(Set.of("Ba2YCu3O7", "MgB2")), "" + formulas);
    // The furnace log's notes name the phase, so each TiO2 calcination is linked to its polymorph.
    Dataset<Row> tio2 = table("curated/materials").where(col("reduced_formula").equalTo("TiO2")
        .and(col("spacegroup_number").isNotNull()));
    assertEquals(2, tio2.where(org.apache.spark.sql.functions.size(col("meas_ids")).gt(0))
        .count(), "anatase and rutile both have furnace-log values");
    // Paper paragraphs mention their materials; documents inherit the links.
    assertTrue(links.where(col("kind").equalTo("mentioned_in")
        .and(col("target_table").equalTo("documents"))).count() >= 5);
    // Doped compositions point to their parent (YBa2Cu3O6.93 -> YBa2Cu3O7).
    assertTrue(links.where(col("kind").equalTo("doped_variant_of")).count() >= 1);
    // The example papers' synthesis paragraphs (normalize) link to the materials they made.
    assertTrue(table("raw/synthesis").count() > 0, "the example papers yield synthesis rows");
    long withAll = byKind.where(col("structure_of").gt(0).and(col("measured_on").gt(0))
        .and(col("synthesized_in").gt(0))).count();
    System.out.println("[link] materials with structure, synthesis and measurement: " + withAll);
    assertTrue(withAll >= 2, "two materials connect a structure, a synthesis and a value");
  }

  @Test
  void labelsDenoiseTheTcValues() {
    Dataset<Row> labels = table("curated/labels");
    Row ybco = labels.join(table("curated/materials"), "material_id")
        .where(col("reduced_formula").equalTo("Ba2YCu3O7").and(col("property").equalTo("tc")))
        .first();
    System.out.println("[link] YBCO Tc label: " + ybco);
    assertTrue((int) ybco.getAs("n_obs") >= 5);
    double tc = ybco.getAs("value");
    assertTrue(tc > 90 && tc < 93, "YBCO Tc " + tc);
    assertEquals(labels.count(), labels.select("label_id").distinct().count());
  }

  @Test
  void samplesCoverEveryPaperAndStructure() {
    Dataset<Row> samples = table("curated/samples");
    assertEquals(table("raw/documents").count(),
        samples.where(col("kind").equalTo("document")).count(), "a paper is one sample");
    assertEquals(8, samples.where(col("kind").equalTo("structure")).count());
    assertEquals(0, samples.where(col("kind").equalTo("structure")
        .and(col("material_id").isNull())).count(), "every structure sample names its material");
  }

  @Test
  void qualityGatesPassAndAreReported() throws IOException {
    JsonNode quality = new ObjectMapper().readTree(out.resolve("reports/quality.json").toFile());
    assertEquals("Success", quality.get("status").asText());
    JsonNode tables = quality.get("tables");
    for (String t : List.of("raw/documents", "raw/paragraphs", "raw/structures",
        "raw/measurements", "raw/quarantine", "curated/materials", "curated/samples")) {
      assertEquals("Success", tables.get(t).get("status").asText(), t);
      assertTrue(tables.get(t).get("checks").size() >= 2, t);
    }
  }

  @Test
  void manifestMatchesTheShardsByteForByte() throws IOException {
    ShardManifest manifest;
    try (InputStream in = Files.newInputStream(out.resolve("shards/manifest.json"))) {
      manifest = ManifestIo.read(in);
    }
    Dataset<Row> shards = table("shards/train");
    long tokens = shards.selectExpr("sum(size(input_ids))").first().getLong(0);
    assertEquals(tokens, manifest.splits().get("train").tokens());
    long valTokens = manifest.splits().get("val").tokens();
    assertEquals(tokens + valTokens, manifest.totalTokens());
    assertEquals(shards.count(), manifest.splits().get("train").sequences());
    assertEquals("o200k_base", manifest.tokenizer().name());
    assertEquals(512, manifest.seqLen());
    for (ShardFile f : manifest.files()) {
      byte[] bytes = Files.readAllBytes(out.resolve("shards").resolve(f.path()));
      assertEquals(f.sha256(), ContentId.sha256Hex(bytes), f.path());
      assertEquals(bytes.length, f.bytes());
    }
    assertEquals(0, shards.where("size(input_ids) > 512").count());
    assertEquals(0, shards.where("aggregate(doc_lengths, 0, (a, x) -> a + x) != size(input_ids)")
        .count());
    long samples = table("curated/samples").count();
    assertEquals(samples - manifest.excludedSamples(), manifest.sources().values().stream()
        .mapToLong(ShardManifest.Counts::samples).sum(), "mixture weights 1: every sample once");
  }

  @Test
  void shardsVerifyPassesOnTheRunAndCatchesATamperedManifest() throws IOException {
    assertEquals(0, AnnealCommand.commandLine().execute("shards", "verify", out.toString()));
    Path copy = tmp.resolve("tampered/shards");
    for (String split : List.of("train", "val")) {
      if (!Files.isDirectory(out.resolve("shards").resolve(split))) {
        continue;
      }
      Files.createDirectories(copy.resolve(split));
      try (Stream<Path> files = Files.list(out.resolve("shards").resolve(split))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
          Files.copy(f, copy.resolve(split).resolve(f.getFileName()));
        }
      }
    }
    String manifest = Files.readString(out.resolve("shards/manifest.json"));
    ShardManifest m = ManifestIo.read(Files.newInputStream(out.resolve("shards/manifest.json")));
    long tokens = m.splits().get("train").tokens();
    Files.writeString(copy.resolve("manifest.json"), manifest.replace(
        "\"tokens\" : " + tokens, "\"tokens\" : " + (tokens + 1)));
    assertEquals(1, AnnealCommand.commandLine().execute("shards", "verify",
        copy.getParent().toString()));
  }

  @Test
  void aShardSequenceDecodesBackToItsSourceTexts() {
    TextTokenizer tokenizer = Tokenizers.named("o200k_base");
    Row first = table("shards/train").first();
    List<Integer> ids = first.getList(0);
    String decoded = tokenizer.decode(ids.stream().mapToInt(Integer::intValue).toArray());
    String firstSample = first.<String>getList(2).get(0);
    String text = table("curated/samples").where(col("sample_id").equalTo(firstSample))
        .first().getAs("text");
    int firstLength = first.<Integer>getList(1).get(0);
    // A piece that ends its document ends with the end-of-text token; the piece of a document
    // longer than a sequence may fill the sequence and continue in the next one without it.
    int eot = tokenizer.endOfTextId();
    boolean endsDocument = ids.get(firstLength - 1) == eot;
    String firstPiece = tokenizer.decode(ids.subList(0, endsDocument ? firstLength - 1
        : firstLength).stream().mapToInt(Integer::intValue).toArray());
    assertTrue(text.endsWith(firstPiece) || text.startsWith(firstPiece), firstPiece);
    assertTrue(endsDocument || firstLength == ids.size(), "only a full sequence holds a cut piece");
    assertTrue(endsDocument == decoded.contains("<|endoftext|>") || !endsDocument, decoded);
    assertTrue(table("shards/train").collectAsList().stream()
        .anyMatch(r -> r.<Integer>getList(0).contains(eot)), "documents end with end-of-text");
  }

  @Test
  void searchFindsAParagraphByAWordAndAMaterialByItsFormula() throws IOException {
    try (Searcher searcher = new Searcher(out.resolve("index"))) {
      SearchResults calcined = searcher.search("calcined", 50);
      assertTrue(calcined.totalHits() >= 3);
      // Paragraphs, and synthesis descriptions once normalize extracts them from paragraphs.
      assertTrue(calcined.hits().stream().filter(h -> h.kind().equals("paragraph")).count() >= 3);
      assertTrue(calcined.hits().stream().allMatch(h -> Set.of("paragraph", "synthesis")
          .contains(h.kind())));
      SearchResults lfp = searcher.search("formula:FePO4Li kind:material", 5);
      assertEquals(1, lfp.totalHits());
      assertEquals("LiFePO4", lfp.hits().get(0).fields().get("formula"));
      assertEquals(2, searcher.search("formula:TiO2 kind:material", 5).totalHits(),
          "rutile and anatase");
    }
  }

  @Test
  void failOnRejectFailsTheRunButStillWritesTheQuarantine() {
    Path strict = tmp.resolve("strict");
    int code = AnnealCommand.commandLine().execute("ingest", "--fail-on-reject",
        "--input", ProjectPaths.exampleCorpus().toString(), "--out", strict.toString());
    assertEquals(1, code);
    assertEquals(3, spark.read().parquet(strict.resolve("raw/quarantine").toString()).count());
  }

  @Test
  void configurationMistakesExitWithUsageStatusBeforeAnyWork() {
    Path bad = tmp.resolve("bad");
    int code = AnnealCommand.commandLine().execute("run", "--input",
        ProjectPaths.exampleCorpus().toString(), "--out", bad.toString(),
        "--conf", "tokenize.seq_length=8");
    assertEquals(2, code);
    assertFalse(Files.exists(bad), "nothing is written when the configuration is wrong");
  }
}
