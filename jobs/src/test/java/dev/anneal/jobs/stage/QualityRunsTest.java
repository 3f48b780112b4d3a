package dev.anneal.jobs.stage;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.jobs.PlantedRuns;
import dev.anneal.jobs.cli.AnnealCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs into one OUT: the first an {@code anneal run} over the example corpus with a paper
 * that quotes benchmark questions (planted) and a preprint of a paper (the shared
 * {@link PlantedRuns}, read here); the second, on copies of that input and OUT, runs the stages up
 * to quality again after half of the inputs are deleted, which the metrics history flags as a
 * row-count anomaly.
 */
class QualityRunsTest {

  private static final String QUESTION_1 = PlantedRuns.QUESTION_1;
  private static final String QUESTION_2 = PlantedRuns.QUESTION_2;

  @TempDir
  Path tmp;

  private static JsonNode json(Path p) throws IOException {
    return new ObjectMapper().readTree(p.toFile());
  }

  @Test
  void plantedQuestionsAreRemovedWithTheirBenchmarkAndAShrunkRerunIsFlagged() throws IOException {
    // The first run (asserted to exit 0): papers/leaked_quiz.md quotes both questions, and
    // papers/mgb2_reaction_sintering_preprint.md is the same text under another front-matter
    // title (so another doc_id); the configuration names the questions as materials-qa.
    PlantedRuns.Runs runs = PlantedRuns.get();
    Path shared = runs.outOne();
    assertTrue(Files.readString(runs.config()).contains("materials-qa"));
    assertTrue(Files.readString(runs.inputOne().resolve("papers/leaked_quiz.md"))
        .contains(QUESTION_1));

    List<Row> excluded = LocalSpark.get().read().parquet(shared.resolve("curated/excluded")
            .toString())
        .collectAsList();
    List<Row> leaked = excluded.stream()
        .filter(r -> "decontam.ngram_overlap".equals(r.getAs("reason"))).toList();
    // A paper is one training document: the leaked notes are one sample holding both questions.
    assertEquals(1, leaked.size(), "the planted document: " + excluded);
    for (Row r : leaked) {
      assertEquals("materials-qa", r.getAs("benchmark"));
      assertEquals("curated/samples", r.getAs("record_table"));
    }
    Set<String> leakedTexts = LocalSpark.get().read().parquet(shared.resolve("curated/samples")
            .toString()).where(org.apache.spark.sql.functions.col("sample_id").isin(
            leaked.stream().map(r -> r.getAs("record_id")).toArray()))
        .collectAsList().stream().map(r -> r.<String>getAs("text")).collect(Collectors.toSet());
    assertTrue(leakedTexts.stream().allMatch(t -> t.contains("magnesium diboride")
        && t.contains("136 with two")), leakedTexts.toString());
    // The preprint and its original (the planted run holds another exact copy too).
    List<String> docs = LocalSpark.get().read().parquet(shared.resolve("raw/documents")
            .toString()).where(col("source_uri").isin(PlantedRuns.PREPRINTED, PlantedRuns.PREPRINT))
        .select("doc_id").as(Encoders.STRING()).collectAsList();
    Set<String> pair = Set.copyOf(docs);
    assertEquals(2, pair.size(), "the preprint is a document of its own");
    Set<String> pairSamples = Set.copyOf(LocalSpark.get().read().parquet(shared.resolve(
            "curated/samples").toString())
        .where(array_contains(col("source_ids"), docs.get(0))
            .or(array_contains(col("source_ids"), docs.get(1))))
        .select("sample_id").as(Encoders.STRING()).collectAsList());
    assertTrue(excluded.stream().anyMatch(r -> "raw/documents".equals(r.getAs("record_table"))
        && "dedup.exact".equals(r.getAs("reason")) && r.getAs("kept_id") != null
        && pair.contains(r.<String>getAs("record_id")) && pair.contains(r.<String>getAs("kept_id"))
        && !r.<scala.collection.Seq<String>>getAs("sample_ids").isEmpty()),
        "the preprint is an exact duplicate document linked to the one kept");
    assertTrue(excluded.stream().anyMatch(r -> "curated/samples".equals(r.getAs("record_table"))
        && "dedup.near".equals(r.getAs("reason")) && r.getAs("kept_id") != null
        && pairSamples.contains(r.<String>getAs("record_id"))),
        "its document sample (titled differently) is a near duplicate of the original's");
    JsonNode q1 = json(shared.resolve("reports/quality.json"));
    assertEquals(0, q1.get("anomalies").size(), "no history yet");
    assertEquals(1, q1.get("decontamination").get("benchmarks").get("materials-qa")
        .get("removed").asInt());
    assertTrue(json(shared.resolve("reports/profile.json")).has("raw/structures"));

    // Delete more than half of the papers and structures, run again into the same OUT (copies
    // of the shared input and OUT, which other tests read).
    Path input = tmp.resolve("in");
    Path out = tmp.resolve("out");
    PlantedRuns.copyTree(runs.inputOne(), input);
    PlantedRuns.copyTree(shared, out);
    try (Stream<Path> files = Stream.concat(Files.list(input.resolve("papers")),
        Files.list(input.resolve("structures")))) {
      List<Path> all = files.sorted().toList();
      for (int i = 0; i < all.size(); i++) {
        if (i % 4 != 0) {
          Files.delete(all.get(i));
        }
      }
    }
    // The stages up to quality, which keeps the metrics history (tokenize and index do not
    // read what changed here, so they are not run again).
    String[] conf = {"--out", out.toString(), "--quiet", "--config", runs.config().toString(),
        "--conf", "tokenize.seq_len=512", "--conf", "quality.profile=false"};
    for (String stage : List.of("ingest", "normalize", "link", "render", "quality")) {
      List<String> args = new java.util.ArrayList<>(List.of(stage));
      if (stage.equals("ingest")) {
        args.addAll(List.of("--input", input.toString()));
      }
      args.addAll(List.of(conf));
      assertEquals(0, AnnealCommand.commandLine().execute(args.toArray(String[]::new)),
          "the shrunk re-run's " + stage);
    }
    JsonNode q2 = json(out.resolve("reports/quality.json"));
    Set<String> flagged = java.util.stream.StreamSupport.stream(q2.get("anomalies").spliterator(),
        false).map(a -> a.get("table").asText()).collect(Collectors.toSet());
    assertTrue(flagged.contains("raw/structures"), q2.get("anomalies").toString());
    assertTrue(flagged.contains("raw/documents"), q2.get("anomalies").toString());
    assertFalse(flagged.contains("raw/measurements"), "unchanged tables are not flagged");
    assertTrue(Files.exists(out.resolve("reports/metrics/metrics.json")));
  }
}
