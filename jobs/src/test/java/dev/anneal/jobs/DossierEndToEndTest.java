package dev.anneal.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.jobs.cli.AnnealCommand;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal run} on {@code examples/corpus} (the shared example run), then {@code anneal
 * tokenize} again with best-fit packing at 4,096 tokens on a copy of its output: the shards hold
 * a material dossier with a structure and a synthesis description of the same material in one
 * sequence. Dossiers need the run's own {@code curated/links} (with {@code synthesized_in} rows)
 * and {@code raw/synthesis}; nothing here stands in for them.
 */
class DossierEndToEndTest {

  @TempDir
  static Path tmp;
  static Path out;
  static SparkSession spark;

  @BeforeAll
  static void run() throws IOException {
    spark = LocalSpark.get();
    Path example = ExampleRun.out();
    assertTrue(Files.exists(example.resolve("raw/synthesis")), "anneal run wrote raw/synthesis");
    assertFalse(spark.read().parquet(example.resolve("curated/links").toString())
            .where(col("kind").equalTo("synthesized_in")).isEmpty(),
        "anneal run linked syntheses to materials in curated/links");
    out = tmp.resolve("out");
    copyTree(example, out);
    // Only packing differs from the example run, so only tokenize runs again.
    assertEquals(0, AnnealCommand.commandLine().execute("tokenize", "--out", out.toString(),
        "--quiet", "--conf", "tokenize.packing=best_fit", "--conf", "tokenize.seq_len=4096"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Files.copy(p, to.resolve(from.relativize(p).toString()),
            StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  @Test
  void aSequenceHoldsAStructureAndASynthesisOfTheSameMaterial() throws IOException {
    Dataset<Row> samples = spark.read().parquet(out.resolve("curated/samples").toString());
    List<Row> dossiers = samples.where(col("kind").equalTo("dossier")
        .and(col("text").contains("## Structure")).and(col("text").contains("## Synthesis")))
        .collectAsList();
    assertFalse(dossiers.isEmpty(), "dossiers with a structure and a synthesis");
    TextTokenizer tokenizer = Tokenizers.named("o200k_base");
    int found = 0;
    for (Row d : dossiers) {
      String id = d.getAs("sample_id");
      String text = d.getAs("text");
      String formula = text.substring("Material dossier: ".length(), text.indexOf(' ',
          "Material dossier: ".length()));
      List<Row> seqs = new ArrayList<>();
      for (String split : List.of("train", "val")) {
        Path dir = out.resolve("shards").resolve(split);
        if (Files.isDirectory(dir) && hasParquet(dir)) {
          seqs.addAll(spark.read().parquet(dir.toString())
              .where(org.apache.spark.sql.functions.array_contains(col("sample_ids"), id))
              .collectAsList());
        }
      }
      assertEquals(1, seqs.size(), "best fit keeps a dossier shorter than seq_len whole: " + id);
      List<Integer> ids = seqs.get(0).getList(0);
      String decoded = tokenizer.decode(ids.stream().mapToInt(Integer::intValue).toArray());
      int structure = decoded.indexOf("Crystal structure of " + formula);
      // The synthesis section names where each description comes from before the description.
      int section = decoded.indexOf("## Synthesis\n");
      int synthesis = section < 0 ? -1 : decoded.indexOf("Synthesis of " + formula, section);
      assertTrue(structure >= 0 && synthesis >= 0, decoded);
      assertTrue(decoded.contains(text), "the whole dossier is in the sequence");
      found++;
    }
    assertTrue(found >= 2, "both orders of at least one material");
  }

  private static boolean hasParquet(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".parquet"));
    }
  }
}
