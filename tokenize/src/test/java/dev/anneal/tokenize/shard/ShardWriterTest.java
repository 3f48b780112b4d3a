package dev.anneal.tokenize.shard;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shard set of {@link ShardFixture}: split, exclusions, mixture, shard size, determinism. */
class ShardWriterTest {

  static ShardFixture f;

  @BeforeAll
  static void write() {
    f = ShardFixture.get();
  }

  private Set<String> samplesIn(String split) {
    return f.spark.read().parquet(f.shards.resolve(split).toString())
        .selectExpr("explode(sample_ids) AS s").distinct().collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.toSet());
  }

  private Set<String> splitKeysOf(Set<String> sampleIds) {
    return f.samples.collectAsList().stream()
        .filter(r -> sampleIds.contains(r.<String>getAs("sample_id")))
        .map(r -> r.<String>getAs("split_key")).collect(Collectors.toSet());
  }

  @Test
  void noMaterialOrDocumentIsOnBothSidesOfTheSplit() {
    Set<String> train = splitKeysOf(samplesIn("train"));
    Set<String> val = splitKeysOf(samplesIn("val"));
    assertFalse(val.isEmpty());
    assertFalse(train.isEmpty());
    Set<String> both = new HashSet<>(train);
    both.retainAll(val);
    assertEquals(Set.of(), both);
    // A quarter of 40 split keys (with hashing's spread), every key on exactly one side.
    assertTrue(val.size() >= 4 && val.size() <= 18, "val keys: " + val.size());
    Set<String> all = new HashSet<>(train);
    all.addAll(val);
    for (int m = 0; m < 20; m++) {
      assertTrue(all.contains("mat-" + m), "materials have weight >= 1: mat-" + m + " is kept");
    }
  }

  @Test
  void excludedSamplesAreDropped() {
    Set<String> all = new HashSet<>(samplesIn("train"));
    all.addAll(samplesIn("val"));
    for (String id : f.excludedIds) {
      assertFalse(all.contains(id), id);
    }
    assertEquals(2, f.manifest.excludedSamples());
  }

  @Test
  void mixtureWeightsGiveTheReportedEpochs() {
    ShardManifest.MixtureEntry structures = f.manifest.mixture().get("structures");
    assertEquals(2.0, structures.epochs(), 1e-12, "weight 2: every structure twice");
    assertEquals(2 * structures.uniqueTokens(), structures.tokens());
    assertEquals(1.0, f.manifest.mixture().get("dossiers").epochs(), 1e-12);
    ShardManifest.MixtureEntry papers = f.manifest.mixture().get("papers");
    assertTrue(papers.epochs() > 0.1 && papers.epochs() < 0.9, "weight 0.5: " + papers.epochs());
    assertEquals(f.manifest.splits().get("train").tokens(), f.manifest.sourcesBySplit()
        .get("train").values().stream().mapToLong(ShardManifest.Counts::tokens).sum());
  }

  @Test
  void splitsGetAsManyFilesAsTheTargetShardSizeAsks() {
    for (String split : List.of("train", "val")) {
      long tokens = f.manifest.splits().get(split).tokens();
      long files = f.manifest.files().stream()
          .filter(x -> x.split().equals(split) && x.path().endsWith(".parquet")).count();
      long expected = Math.max(2, (tokens + 599) / 600);
      assertTrue(files <= expected && files >= expected - 1,
          split + ": " + files + " files for " + tokens + " tokens");
    }
  }

  @Test
  void bestFitCutsOnlyDocumentsLongerThanSeqLen() {
    TextTokenizer tokenizer = Tokenizers.named("o200k_base");
    Map<String, Integer> lengths = new TreeMap<>();
    for (Row r : f.samples.collectAsList()) {
      lengths.put(r.getAs("sample_id"), tokenizer.encode(r.getAs("text")).length + 1);
    }
    for (String split : List.of("train", "val")) {
      Set<String> in = samplesIn(split);
      long longOnes = in.stream().filter(id -> lengths.get(id) > ShardFixture.SEQ_LEN).count();
      assertEquals(longOnes, f.manifest.packingStats().get(split).cutDocuments(), split);
    }
    assertTrue(lengths.values().stream().anyMatch(n -> n > ShardFixture.SEQ_LEN), "fixture has long docs");
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
    Path again = Files.createTempDirectory("anneal-shards-again");
    ShardManifest same = new ShardWriter(ShardFixture.settings(7)).write(f.samples, f.excluded,
        again.resolve("a").toString(), "cfg", "test");
    ShardManifest other = new ShardWriter(ShardFixture.settings(8)).write(f.samples, f.excluded,
        again.resolve("b").toString(), "cfg", "test");
    assertEquals(f.manifest.files(), same.files(), "same seed, same files, rows and SHA-256");
    assertNotEquals(same.files().stream().map(ShardFile::sha256).toList(),
        other.files().stream().map(ShardFile::sha256).toList());
  }

  @Test
  void verifyAcceptsTheSetAndRejectsAChangedMegatronBin() throws IOException {
    ShardVerifier.Report ok = ShardVerifier.verify(f.spark, f.shards.toString());
    assertEquals(List.of(), ok.problems());
    assertTrue(f.manifest.files().stream().anyMatch(x -> x.path().equals("megatron/val.idx")));
    Path copy = Files.createTempDirectory("anneal-tampered");
    copyTree(f.shards, copy);
    Path bin = copy.resolve("megatron/train.bin");
    byte[] bytes = Files.readAllBytes(bin);
    bytes[8] ^= 1;
    Files.write(bin, bytes);
    ShardVerifier.Report bad = ShardVerifier.verify(f.spark, copy.toString());
    assertTrue(bad.problems().stream().anyMatch(p -> p.contains("train.bin: sha256")), bad.problems().toString());
    assertTrue(bad.problems().stream().anyMatch(p -> p.contains("document 0 differs")), bad.problems().toString());
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (p.getFileName().toString().endsWith(".crc")) {
          continue; // Hadoop's local checksums would refuse the edited copy before we look
        }
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Test
  void theManifestCountsEverySplitAndSource() {
    Dataset<Row> train = f.spark.read().parquet(f.shards.resolve("train").toString());
    assertEquals(train.count(), f.manifest.splits().get("train").sequences());
    assertEquals("best_fit", f.manifest.packing());
    assertEquals(Set.of("train", "val"), f.manifest.sourcesBySplit().keySet());
    long trainSamples = f.manifest.splits().get("train").samples();
    assertEquals(trainSamples, f.manifest.mixture().values().stream()
        .mapToLong(ShardManifest.MixtureEntry::samples).sum());
    assertEquals(0, train.where(col("input_ids").isNull()).count());
  }
}
