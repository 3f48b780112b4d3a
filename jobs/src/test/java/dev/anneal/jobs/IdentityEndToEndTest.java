package dev.anneal.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import dev.anneal.jobs.compare.RunComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids are identity: {@code examples/corpus} plus an exact copy of one paper and of one CIF (under
 * other names), copied to two folders of different depth and run into two output folders. Both
 * runs finish (duplicates are not gate failures), write byte-identical tables and shards, and
 * {@code curated/excluded} names, for each removed copy, the record it duplicates.
 */
class IdentityEndToEndTest {

  private static final String PAPER = "papers/mgb2_reaction_sintering.md";
  private static final String PAPER_COPY = "papers/mirror/mgb2_reaction_sintering (copy).md";
  private static final String CIF = "structures/NaCl_halite.cif";
  private static final String CIF_COPY = "structures/mirror/NaCl_halite_copy.cif";

  @TempDir
  static Path tmp;
  static SparkSession spark;
  static Path one;
  static Path two;

  @BeforeAll
  static void runTheSameInputFromTwoFolders() throws IOException {
    spark = LocalSpark.get();
    Path inputOne = tmp.resolve("clone-one/corpus");
    Path inputTwo = tmp.resolve("somewhere/else/clone-two/input");
    for (Path input : List.of(inputOne, inputTwo)) {
      copyTree(ProjectPaths.exampleCorpus(), input);
      Files.createDirectories(input.resolve("papers/mirror"));
      Files.createDirectories(input.resolve("structures/mirror"));
      Files.copy(input.resolve(PAPER), input.resolve(PAPER_COPY));
      Files.copy(input.resolve(CIF), input.resolve(CIF_COPY));
    }
    one = tmp.resolve("out-one");
    two = tmp.resolve("other/out-two");
    assertEquals(0, run(inputOne, one), "the run from the first folder");
    assertEquals(0, run(inputTwo, two), "the run from the second folder");
  }

  private static int run(Path input, Path out) {
    return AnnealCommand.commandLine().execute("run", "--input", input.toString(),
        "--out", out.toString(), "--quiet", "--conf", "tokenize.seq_len=512");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Every Parquet file of a table by its path under the table (partition folders kept) → hashes. */
  private static Map<String, List<String>> parquetBytes(Path table) throws IOException {
    Map<String, List<String>> byFolder = new TreeMap<>();
    try (Stream<Path> files = Files.walk(table)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().endsWith(".parquet")) {
          // Spark names part files with a random UUID: the folder and the bytes are the identity.
          String folder = table.relativize(f.getParent()).toString();
          byFolder.computeIfAbsent(folder, k -> new ArrayList<>())
              .add(ContentId.sha256Hex(Files.readAllBytes(f)));
        }
      }
    }
    byFolder.values().forEach(l -> l.sort(null));
    return byFolder;
  }

  @Test
  void twoFoldersWriteByteIdenticalTablesAndShards() throws IOException {
    List<String> tables = RunComparison.tables(spark.sparkContext().hadoopConfiguration(),
        one.toString());
    assertTrue(tables.containsAll(List.of("raw/documents", "raw/structures", "raw/measurements",
        "curated/samples", "curated/excluded", "shards/train")), tables.toString());
    List<String> differ = new ArrayList<>();
    for (String t : tables) {
      Map<String, List<String>> a = parquetBytes(one.resolve(t));
      assertFalse(a.isEmpty(), t + " has Parquet files");
      if (!a.equals(parquetBytes(two.resolve(t)))) {
        differ.add(t);
      }
    }
    assertEquals(List.of(), differ, "tables whose Parquet bytes differ between the two folders");
    Map<String, String> shards = RunComparison.shardHashes(
        spark.sparkContext().hadoopConfiguration(), one.toString());
    assertFalse(shards.isEmpty());
    assertEquals(shards, RunComparison.shardHashes(spark.sparkContext().hadoopConfiguration(),
        two.toString()));
    assertEquals(Files.readString(one.resolve("shards/manifest.json")),
        Files.readString(two.resolve("shards/manifest.json")));
    // The tables name sources relative to the input root, never the folder it sat in.
    List<String> uris = spark.read().parquet(one.resolve("raw/documents").toString())
        .select("source_uri").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(uris.contains(PAPER) && uris.contains(PAPER_COPY), uris.toString());
  }

  @Test
  void duplicateDocumentsAndStructuresFinishAndNameWhatTheyDuplicate() {
    Dataset<Row> docs = spark.read().parquet(one.resolve("raw/documents").toString());
    Row original = docs.where(col("source_uri").equalTo(PAPER)).first();
    Row copy = docs.where(col("source_uri").equalTo(PAPER_COPY)).first();
    assertFalse(original.<String>getAs("doc_id").equals(copy.getAs("doc_id")),
        "two input files with the same text are two records");
    assertEquals(original.<String>getAs("content_hash"), copy.<String>getAs("content_hash"));
    Set<String> pair = Set.of(original.getAs("doc_id"), copy.getAs("doc_id"));

    Dataset<Row> excluded = spark.read().parquet(one.resolve("curated/excluded").toString());
    List<Row> docDups = excluded.where(col("record_table").equalTo("raw/documents")
        .and(col("reason").equalTo("dedup.exact"))).collectAsList();
    assertEquals(1, docDups.size(), docDups.toString());
    Row removed = docDups.get(0);
    assertTrue(pair.contains(removed.<String>getAs("record_id")), removed.toString());
    assertTrue(pair.contains(removed.<String>getAs("kept_id")), removed.toString());
    assertFalse(removed.<String>getAs("record_id").equals(removed.getAs("kept_id")));
    List<String> removedSamples = removed.getList(removed.fieldIndex("sample_ids"));
    assertFalse(removedSamples.isEmpty(), "the removed document's samples go with it");

    Dataset<Row> structures = spark.read().parquet(one.resolve("raw/structures").toString());
    Set<String> cifs = new HashSet<>(structures.where(col("source_uri").isin(CIF, CIF_COPY))
        .select("structure_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertEquals(2, cifs.size(), "the CIF and its copy are two structures");
    List<Row> structureDups = excluded.where(col("record_table").equalTo("raw/structures")
        .and(col("record_id").isin(cifs.toArray()))).collectAsList();
    assertEquals(1, structureDups.size(), structureDups.toString());
    assertTrue(cifs.contains(structureDups.get(0).<String>getAs("kept_id")),
        structureDups.toString());

    // Nothing removed reaches the shards; what it duplicates does.
    Set<String> inShards = new HashSet<>(spark.read().parquet(one.resolve("shards/train")
            .toString(), one.resolve("shards/val").toString())
        .select(explode(col("sample_ids"))).as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList());
    for (String s : removedSamples) {
      assertFalse(inShards.contains(s), "excluded sample " + s + " is in the shards");
    }
    List<String> keptSamples = spark.read().parquet(one.resolve("curated/samples").toString())
        .where(functionsArrayContains(removed.getAs("kept_id")))
        .select("sample_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertFalse(keptSamples.isEmpty());
    assertTrue(keptSamples.stream().anyMatch(inShards::contains),
        "the kept document's samples are trained on");
  }

  private static org.apache.spark.sql.Column functionsArrayContains(String id) {
    return org.apache.spark.sql.functions.array_contains(col("source_ids"), id);
  }
}
