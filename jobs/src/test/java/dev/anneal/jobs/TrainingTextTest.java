package dev.anneal.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.normalize.label.PropertyClass;
import dev.anneal.tokenize.shard.ManifestIo;
import dev.anneal.tokenize.shard.ShardFile;
import dev.anneal.tokenize.shard.ShardManifest;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the shards of the example run back as a training team would (Parquet files of the
 * manifest, in file and row order, decoded with the manifest's tokenizer) and checks the
 * training text: every paper whole and in reading order, split only at sequence ends; no sample
 * under 64 tokens; a dossier for every material with two kinds of evidence. It also prints the
 * figures docs/benchmarks.md quotes (tokens per source, share of dossier tokens that connect a
 * structure with a synthesis description).
 */
class TrainingTextTest {

  /** The shortest sample worth a place in a training sequence. */
  static final int MIN_TOKENS = 64;

  static SparkSession spark;
  static Path out;
  static ShardManifest manifest;
  static TextTokenizer tokenizer;
  static Map<String, Row> samples = new HashMap<>();
  /** Every occurrence of a sample in the shards: its pieces in file and row order. */
  static Map<String, List<List<Piece>>> occurrences = new LinkedHashMap<>();

  /** One document piece of one packed sequence. */
  record Piece(String sampleId, int file, int row, boolean firstInRow, boolean lastInRow,
               int[] ids) {
  }

  @BeforeAll
  static void read() throws IOException {
    spark = LocalSpark.get();
    out = ExampleRun.out();
    try (InputStream in = Files.newInputStream(out.resolve("shards/manifest.json"))) {
      manifest = ManifestIo.read(in);
    }
    tokenizer = Tokenizers.named(manifest.tokenizer().name());
    int eot = manifest.tokenizer().endOfTextId();
    for (Row r : spark.read().parquet(out.resolve("curated/samples").toString()).collectAsList()) {
      samples.put(r.getAs("sample_id"), r);
    }
    List<ShardFile> files = manifest.files().stream()
        .filter(f -> f.path().endsWith(".parquet")).sorted(
            java.util.Comparator.comparing(ShardFile::path)).toList();
    assertFalse(files.isEmpty(), "the manifest lists Parquet shards");
    Map<String, List<Piece>> open = new HashMap<>();
    for (int f = 0; f < files.size(); f++) {
      // One small file is one partition: collectAsList keeps its row order.
      List<Row> rows = spark.read().parquet(out.resolve("shards").resolve(files.get(f).path())
          .toString()).collectAsList();
      for (int row = 0; row < rows.size(); row++) {
        Row r = rows.get(row);
        List<Integer> ids = r.getList(r.fieldIndex("input_ids"));
        List<Integer> lengths = r.getList(r.fieldIndex("doc_lengths"));
        List<String> sampleIds = r.getList(r.fieldIndex("sample_ids"));
        assertEquals(lengths.size(), sampleIds.size(), "a sample id per document piece");
        int at = 0;
        for (int k = 0; k < lengths.size(); k++) {
          int[] piece = ids.subList(at, at + lengths.get(k)).stream().mapToInt(Integer::intValue)
              .toArray();
          at += lengths.get(k);
          String id = sampleIds.get(k);
          Piece p = new Piece(id, f, row, k == 0, k == lengths.size() - 1, piece);
          open.computeIfAbsent(id, x -> new ArrayList<>()).add(p);
          // A piece ending in the end-of-text token ends an occurrence of its document; a piece
          // cut at a sequence end has none and continues in a later sequence.
          if (piece.length > 0 && piece[piece.length - 1] == eot) {
            occurrences.computeIfAbsent(id, x -> new ArrayList<>()).add(open.remove(id));
          }
        }
      }
    }
    assertTrue(open.isEmpty(), "every document ends with the end-of-text token: " + open.keySet());
  }

  private static String decode(List<Piece> pieces) {
    int eot = manifest.tokenizer().endOfTextId();
    int[] ids = pieces.stream().flatMapToInt(p -> Arrays.stream(p.ids())).filter(i -> i != eot)
        .toArray();
    return tokenizer.decode(ids);
  }

  private static String kind(String sampleId) {
    return samples.get(sampleId).getAs("kind");
  }

  @Test
  void everyPaperIsOneSampleContiguousAndInReadingOrder() {
    Dataset<Row> paragraphs = spark.read().parquet(out.resolve("raw/paragraphs").toString());
    Map<String, List<Row>> byDoc = new HashMap<>();
    for (Row p : paragraphs.orderBy("doc_id", "ordinal").collectAsList()) {
      byDoc.computeIfAbsent(p.getAs("doc_id"), x -> new ArrayList<>()).add(p);
    }
    Set<String> docsSeen = new TreeSet<>();
    int cut = 0;
    for (Map.Entry<String, List<List<Piece>>> e : occurrences.entrySet()) {
      if (!kind(e.getKey()).equals("document")) {
        continue;
      }
      Row sample = samples.get(e.getKey());
      String docId = sample.<String>getList(sample.fieldIndex("source_ids")).get(0);
      docsSeen.add(docId);
      for (List<Piece> pieces : e.getValue()) {
        for (int i = 1; i < pieces.size(); i++) {
          Piece before = pieces.get(i - 1);
          Piece after = pieces.get(i);
          assertTrue(before.lastInRow() && after.firstInRow(),
              "a paper is split only at a sequence end and goes on at the next one's start");
          assertTrue(after.file() > before.file()
              || after.file() == before.file() && after.row() > before.row(),
              "pieces of a paper stay in order");
          cut++;
        }
        String text = decode(pieces);
        assertEquals(sample.<String>getAs("text"), text, "the paper's tokens decode to its text");
        int at = 0;
        for (Row p : byDoc.get(docId)) {
          int found = text.indexOf(p.<String>getAs("text"), at);
          assertTrue(found >= at, "paragraph " + p.getAs("ordinal") + " of " + docId
              + " follows the one before it");
          at = found;
          String section = p.getAs("section");
          if (!section.isBlank()) {
            int heading = text.lastIndexOf("## " + section.strip(), found);
            assertTrue(heading >= 0, "heading '" + section + "' before its paragraph");
          }
        }
        assertFalse(text.toLowerCase(Locale.ROOT).contains("## references"), "no reference list");
      }
    }
    Set<String> excluded = excludedSampleIds();
    Set<String> expected = new TreeSet<>();
    for (Row s : samples.values()) {
      if (s.getAs("kind").equals("document") && !excluded.contains(s.<String>getAs("sample_id"))) {
        expected.add(s.<String>getList(s.fieldIndex("source_ids")).get(0));
      }
    }
    assertFalse(expected.isEmpty(), "the example papers are document samples");
    assertEquals(expected, docsSeen, "every paper kept by quality is in the shards");
    assertEquals(0, samples.values().stream().filter(s -> s.getAs("kind").equals("paragraph"))
        .count(), "paragraph samples only when render.paper_unit says so");
    System.out.println("[training-text] papers: " + docsSeen.size() + ", cuts at sequence ends: "
        + cut);
  }

  @Test
  void noSampleInTheShardsIsShorterThan64Tokens() {
    List<String> short_ = new ArrayList<>();
    for (String id : occurrences.keySet()) {
      int n = tokenizer.encode(samples.get(id).getAs("text")).length;
      if (n < MIN_TOKENS) {
        short_.add(kind(id) + " (" + n + " tokens): " + samples.get(id).getAs("text"));
      }
    }
    assertTrue(short_.isEmpty(), String.join("\n", short_));
    assertFalse(samples.values().stream().anyMatch(s -> s.getAs("kind").equals("measurement")
        || s.getAs("kind").equals("label")), "single values only inside dossiers by default");
  }

  @Test
  void everyMaterialWithTwoKindsOfEvidenceHasADossier() {
    Map<String, Set<String>> evidence = evidence();
    Set<String> withDossier = new HashSet<>();
    for (String id : occurrences.keySet()) {
      if (kind(id).equals("dossier")) {
        withDossier.add(samples.get(id).getAs("material_id"));
      }
    }
    int materials = 0;
    for (Map.Entry<String, Set<String>> e : evidence.entrySet()) {
      if (e.getValue().size() >= 2) {
        materials++;
        assertTrue(withDossier.contains(e.getKey()),
            "material " + e.getKey() + " has " + e.getValue() + " but no dossier in the shards");
      }
    }
    assertTrue(materials >= 4, "the example corpus has materials with two kinds of evidence: "
        + materials);
    // Words, not internal names: dossiers never show record ids or flag names.
    for (String id : occurrences.keySet()) {
      String text = samples.get(id).getAs("text");
      if (kind(id).equals("dossier")) {
        assertFalse(text.matches("(?s).*\\b[0-9a-f]{24}\\b.*"), "a hex id in " + text);
        for (String internal : List.of("outliers_rejected", "source_weighted", "median_mad",
            "pressure=", "file:/")) {
          assertFalse(text.contains(internal), internal + " in " + text);
        }
      }
    }
    System.out.println("[training-text] materials with two kinds of evidence: " + materials);
  }

  /** Kinds of evidence per material, read from the tables independently of the renderer. */
  private static Map<String, Set<String>> evidence() {
    Map<String, Set<String>> kinds = new TreeMap<>();
    Dataset<Row> materials = spark.read().parquet(out.resolve("curated/materials").toString());
    for (Row m : materials.collectAsList()) {
      Set<String> k = kinds.computeIfAbsent(m.getAs("material_id"), x -> new TreeSet<>());
      addIf(k, m, "structure_ids", "structure");
      addIf(k, m, "calc_ids", "computed");
      addIf(k, m, "synth_ids", "synthesis");
      addIf(k, m, "doc_ids", "papers");
    }
    Dataset<Row> links = spark.read().parquet(out.resolve("curated/links").toString())
        .where("flags IS NULL OR NOT array_contains(flags, 'ambiguous')");
    Map<String, String> linkKinds = Map.of("structure_of", "structure", "computed_for",
        "computed", "synthesized_in", "synthesis");
    for (Row l : links.where(col("kind").isin(linkKinds.keySet().toArray())).collectAsList()) {
      kinds.computeIfAbsent(l.getAs("material_id"), x -> new TreeSet<>())
          .add(linkKinds.get(l.<String>getAs("kind")));
    }
    // Process parameters a lab log recorded for a sample of the material describe its synthesis.
    Dataset<Row> measuredOn = links.where(col("kind").equalTo("measured_on"));
    Dataset<Row> m = spark.read().parquet(out.resolve("raw/measurements").toString());
    for (Row r : measuredOn.join(m, col("target_id").equalTo(col("meas_id")))
        .select("material_id", "property").collectAsList()) {
      if (PropertyClass.isProcessParameter(r.getString(1))) {
        kinds.computeIfAbsent(r.getString(0), x -> new TreeSet<>()).add("synthesis");
      }
    }
    for (Row l : spark.read().parquet(out.resolve("curated/labels").toString())
        .where(col("value").isNotNull()).select("material_id").collectAsList()) {
      kinds.computeIfAbsent(l.getString(0), x -> new TreeSet<>()).add("measured");
    }
    return kinds;
  }

  private static void addIf(Set<String> kinds, Row m, String column, String kind) {
    if (Arrays.asList(m.schema().fieldNames()).contains(column) && !m.isNullAt(m.fieldIndex(column))
        && !m.getList(m.fieldIndex(column)).isEmpty()) {
      kinds.add(kind);
    }
  }

  private static Set<String> excludedSampleIds() {
    Path excluded = out.resolve("curated/excluded");
    Set<String> ids = new HashSet<>();
    if (Files.exists(excluded)) {
      Dataset<Row> e = spark.read().parquet(excluded.toString());
      if (Arrays.asList(e.columns()).contains("sample_ids")) {
        e.select(explode(col("sample_ids"))).collectAsList().forEach(r -> ids.add(r.getString(0)));
      }
    }
    return ids;
  }

  @Test
  void measuresTokensPerSourceAndTheShareOfConnectedDossiers() {
    Map<String, Long> perSource = new TreeMap<>();
    manifest.sources().forEach((source, counts) -> perSource.put(source, counts.tokens()));
    long total = perSource.values().stream().mapToLong(Long::longValue).sum();
    long dossierTokens = 0;
    long connected = 0;
    for (Map.Entry<String, List<List<Piece>>> e : occurrences.entrySet()) {
      if (!kind(e.getKey()).equals("dossier")) {
        continue;
      }
      long n = e.getValue().stream().flatMap(List::stream).mapToLong(p -> p.ids().length).sum();
      dossierTokens += n;
      String text = samples.get(e.getKey()).getAs("text");
      if (text.contains("## Structure") && text.contains("## Synthesis")) {
        connected += n;
      }
    }
    assertTrue(dossierTokens > 0 && connected > 0, "dossiers connect structures and syntheses");
    StringBuilder line = new StringBuilder("[training-text] tokens per source:");
    perSource.forEach((s, n) -> line.append(String.format(Locale.ROOT, " %s %d (%.1f%%)", s, n,
        100.0 * n / total)));
    line.append(String.format(Locale.ROOT, "; total %d; dossier tokens %d, of which %d (%.1f%%) "
        + "in dossiers connecting a structure with a synthesis description", total,
        dossierTokens, connected, 100.0 * connected / dossierTokens));
    System.out.println(line);
  }
}
