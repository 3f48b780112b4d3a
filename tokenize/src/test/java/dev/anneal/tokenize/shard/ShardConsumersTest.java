package dev.anneal.tokenize.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readers that share no code with Anneal read its shards: DuckDB (npm {@code @duckdb/node-api})
 * finds the manifest's rows and tokens and a sequence that decodes back to its samples' texts;
 * a numpy reader written after Megatron's {@code indexed_dataset.py} reads the .bin/.idx files.
 */
class ShardConsumersTest {

  static ShardFixture f;
  static final Path PEERS = ProjectPaths.root().resolve("scripts/peers");

  @BeforeAll
  static void write() {
    f = ShardFixture.get();
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    File log = Files.createTempFile("anneal-peer", ".err").toFile();
    Process p = new ProcessBuilder(command).directory(PEERS.toFile())
        .redirectError(log).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(command + " failed:\n" + Files.readString(log.toPath()));
    }
    return out;
  }

  private static boolean works(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void duckDbFindsTheManifestsCountsAndASequenceDecodesToItsSamples() throws Exception {
    assumeTrue(Files.isDirectory(PEERS.resolve("node_modules/@duckdb/node-api")),
        "npm @duckdb/node-api not installed: run scripts/install-node-peers.sh");
    assumeTrue(works("node", "--version"), "node is not on the PATH");
    JsonNode out = new ObjectMapper().readTree(run(List.of("node", "shards_duckdb.mjs",
        f.shards.toString())));
    for (String split : List.of("train", "val")) {
      ShardManifest.Counts c = f.manifest.splits().get(split);
      assertEquals(c.sequences(), out.get("splits").get(split).get("rows").asLong(), split);
      assertEquals(c.tokens(), out.get("splits").get(split).get("tokens").asLong(), split);
    }
    for (ShardFile file : f.manifest.files()) {
      if (file.path().endsWith(".parquet")) {
        JsonNode seen = out.get("files").get(file.path());
        assertEquals(file.rows(), seen.get("rows").asLong(), file.path());
        assertEquals(file.tokens(), seen.get("tokens").asLong(), file.path());
      }
    }
    Map<String, String> texts = new HashMap<>();
    for (Row r : f.samples.collectAsList()) {
      texts.put(r.getAs("sample_id"), r.getAs("text"));
    }
    TextTokenizer tokenizer = Tokenizers.named("o200k_base");
    int whole = 0;
    for (String split : List.of("train", "val")) {
      JsonNode first = out.get("first").get(split);
      List<Integer> ids = new ArrayList<>();
      first.get("input_ids").forEach(n -> ids.add(n.asInt()));
      int at = 0;
      for (int i = 0; i < first.get("doc_lengths").size(); i++) {
        int len = first.get("doc_lengths").get(i).asInt();
        String sampleId = first.get("sample_ids").get(i).asText();
        String text = texts.get(sampleId);
        boolean endsDocument = ids.get(at + len - 1) == tokenizer.endOfTextId();
        int[] piece = ids.subList(at, at + len - (endsDocument ? 1 : 0)).stream()
            .mapToInt(Integer::intValue).toArray();
        String decoded = tokenizer.decode(piece);
        if (endsDocument && text.length() == decoded.length()) {
          assertEquals(text, decoded, sampleId);
          whole++;
        } else {
          assertTrue(text.contains(decoded), "a cut piece is part of its sample: " + decoded);
        }
        at += len;
      }
      assertEquals(ids.size(), at, "doc_lengths cover the sequence");
    }
    assertTrue(whole > 0, "at least one whole sample decoded");
  }

  /**
   * Whole documents rebuilt from a split's Parquet rows in file order without Anneal's reader:
   * each sample's length comes from tokenizing its text here, and pieces are appended until a
   * document has that many ids plus its end-of-text token.
   */
  private static List<List<Integer>> documentsFromParquet(String split) {
    TextTokenizer tokenizer = Tokenizers.named("o200k_base");
    Map<String, List<Integer>> expected = new HashMap<>();
    for (Row r : f.samples.collectAsList()) {
      List<Integer> ids = new ArrayList<>();
      for (int id : tokenizer.encode(r.getAs("text"))) {
        ids.add(id);
      }
      ids.add(tokenizer.endOfTextId());
      expected.put(r.getAs("sample_id"), ids);
    }
    List<List<Integer>> docs = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    String openId = null;
    for (ShardFile file : f.manifest.files().stream()
        .filter(x -> x.split().equals(split) && x.path().endsWith(".parquet"))
        .sorted((a, b) -> a.path().compareTo(b.path())).toList()) {
      for (Row r : f.spark.read().parquet(f.shards.resolve(file.path()).toString())
          .select("input_ids", "doc_lengths", "sample_ids").collectAsList()) {
        List<Integer> ids = r.getList(0);
        List<Integer> lengths = r.getList(1);
        List<String> samples = r.getList(2);
        int at = 0;
        for (int i = 0; i < lengths.size(); i++) {
          if (openId != null) {
            assertEquals(openId, samples.get(i), "a cut document continues in the next piece");
          }
          openId = samples.get(i);
          open.addAll(ids.subList(at, at + lengths.get(i)));
          at += lengths.get(i);
          if (open.size() == expected.get(openId).size()) {
            assertEquals(expected.get(openId), open, openId);
            docs.add(open);
            open = new ArrayList<>();
            openId = null;
          }
        }
      }
    }
    assertEquals(null, openId, "no document is left open");
    return docs;
  }

  @Test
  void numpyReadsTheMegatronFilesAsMegatronDoesOneDocumentPerTrainingDocument() throws Exception {
    assumeTrue(works("python3", "-c", "import numpy"),
        "python3 with numpy is missing: scripts/install-test-deps.sh installs python3-numpy");
    TextTokenizer tokenizer = Tokenizers.named("o200k_base");
    for (String split : List.of("train", "val")) {
      JsonNode m = new ObjectMapper().readTree(run(List.of("python3", "megatron_read.py",
          f.shards.resolve("megatron/" + split).toString())));
      assertEquals(1, m.get("version").asInt());
      assertEquals("int32", m.get("dtype").asText());
      long documents = f.manifest.packingStats().get(split).documents();
      assertTrue(documents > 0, split);
      assertEquals(documents, m.get("sequence_count").asLong(), split + ": one sequence each");
      assertEquals(documents + 1, m.get("document_count").asLong(), split);
      for (int d = 0; d <= documents; d++) {
        assertEquals(d, m.get("document_indices").get(d).asInt(), "one sequence per document");
      }
      List<List<Integer>> docs = documentsFromParquet(split);
      assertEquals(documents, docs.size(), split);
      long tokens = 0;
      for (int i = 0; i < docs.size(); i++) {
        JsonNode seq = m.get("sequences").get(i);
        List<Integer> seen = new ArrayList<>();
        seq.forEach(n -> seen.add(n.asInt()));
        assertEquals(docs.get(i), seen, split + " document " + i);
        assertEquals(tokenizer.endOfTextId(), (int) seen.get(seen.size() - 1));
        tokens += seen.size();
      }
      assertEquals(f.manifest.splits().get(split).tokens(), tokens, split + ": same tokens");
    }
  }

  @Test
  void duckDbReadsTheDatasetCardsDataFilesAndFindsTheManifestsCountsAndFooters() throws Exception {
    assumeTrue(Files.isDirectory(PEERS.resolve("node_modules/@duckdb/node-api")),
        "npm @duckdb/node-api not installed: run scripts/install-node-peers.sh");
    assumeTrue(works("node", "--version"), "node is not on the PATH");
    String card = Files.readString(f.shards.resolve("README.md"));
    assertTrue(card.startsWith("---\n"), "YAML front matter first");
    String yaml = card.substring(4, card.indexOf("\n---\n", 4));
    JsonNode front = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .readTree(yaml);
    JsonNode config = front.get("configs").get(0);
    assertEquals("default", config.get("config_name").asText());
    List<String> args = new ArrayList<>(List.of("node", "card_duckdb.mjs", f.shards.toString()));
    Map<String, String> splitDir = Map.of("train", "train", "validation", "val");
    for (JsonNode files : config.get("data_files")) {
      args.add(files.get("split").asText() + "=" + files.get("path").asText());
    }
    assertEquals(2, args.size() - 3, "train and validation globs");
    JsonNode out = new ObjectMapper().readTree(run(args));
    for (Map.Entry<String, String> e : splitDir.entrySet()) {
      ShardManifest.Counts c = f.manifest.splits().get(e.getValue());
      JsonNode seen = out.get("splits").get(e.getKey());
      assertEquals(c.sequences(), seen.get("rows").asLong(), e.getKey());
      assertEquals(c.tokens(), seen.get("tokens").asLong(), e.getKey());
      assertEquals(f.manifest.files().stream().filter(x -> x.split().equals(e.getValue())
          && x.path().endsWith(".parquet")).count(), seen.get("files").asLong(), e.getKey());
    }
    JsonNode splits = front.get("dataset_info").get("splits");
    assertEquals(f.manifest.splits().get("train").sequences(),
        splits.get(0).get("num_examples").asLong());
    TextTokenizer tokenizer = Tokenizers.named("o200k_base");
    int footers = 0;
    for (ShardFile file : f.manifest.files()) {
      if (!file.path().endsWith(".parquet")) {
        continue;
      }
      String hfPath = file.path().startsWith("val/") ? "validation" + file.path().substring(3)
          : file.path();
      JsonNode kv = out.get("footers").get(hfPath);
      assertEquals("o200k_base", kv.get(ShardMetadata.TOKENIZER).asText(), hfPath);
      assertEquals(tokenizer.vocabSize(), kv.get(ShardMetadata.VOCAB_SIZE).asInt(), hfPath);
      assertEquals(tokenizer.endOfTextId(), kv.get(ShardMetadata.END_OF_TEXT_ID).asInt(), hfPath);
      assertEquals(tokenizer.definitionSha256(), kv.get(ShardMetadata.DEFINITION_SHA256).asText());
      assertTrue(kv.has("org.apache.spark.sql.parquet.row.metadata"), "Spark's schema kept");
      footers++;
    }
    assertTrue(footers >= 4, "every file checked: " + footers);
    assertTrue(card.contains("| structures |"), "tokens per source");
    assertTrue(card.contains("| unknown |"), "tokens per licence");
  }
}
