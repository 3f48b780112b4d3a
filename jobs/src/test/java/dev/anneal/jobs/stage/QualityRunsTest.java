package dev.anneal.jobs.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code anneal run}s into one OUT: the first over the example corpus with a paper that
 * quotes benchmark questions (planted) and an exact copy of a paper, the second after half of
 * the inputs are deleted, which the metrics history flags as a row-count anomaly.
 */
class QualityRunsTest {

  private static final String QUESTION_1 = "Which compound becomes superconducting at 39 K and "
      + "crystallizes in the hexagonal AlB2 structure with boron honeycomb layers?";
  private static final String QUESTION_2 = "What is the space group number of rutile titanium "
      + "dioxide and how many formula units does its conventional cell contain?";

  @TempDir
  Path tmp;

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static JsonNode json(Path p) throws IOException {
    return new ObjectMapper().readTree(p.toFile());
  }

  @Test
  void plantedQuestionsAreRemovedWithTheirBenchmarkAndAShrunkRerunIsFlagged() throws IOException {
    Path input = tmp.resolve("in");
    copyTree(ProjectPaths.exampleCorpus(), input);
    Files.writeString(input.resolve("papers/leaked_quiz.md"), "---\ntitle: Study notes\n---\n\n"
        + "# Study notes\n\nWe revised these questions before the exam. " + QUESTION_1
        + " The answer is magnesium diboride.\n\nA second item: " + QUESTION_2
        + " It is 136 with two formula units.\n");
    // A preprint of a paper: same text under another front-matter title (so another doc_id).
    Files.writeString(input.resolve("papers/mgb2_reaction_sintering_preprint.md"),
        Files.readString(input.resolve("papers/mgb2_reaction_sintering.md"))
            .replaceFirst("title: (.*)", "title: $1 (preprint)"));
    Path eval = tmp.resolve("materials_qa.jsonl");
    Files.writeString(eval, "{\"question\": \"" + QUESTION_1 + "\", \"answer\": \"MgB2\"}\n"
        + "{\"question\": \"" + QUESTION_2 + "\", \"answer\": \"136; 2\"}\n");
    Path config = tmp.resolve("config.yaml");
    Files.writeString(config, "quality:\n  decontamination:\n    benchmarks:\n"
        + "      materials-qa: " + eval + "\n");
    Path out = tmp.resolve("out");
    int first = AnnealCommand.commandLine().execute("run", "--input", input.toString(),
        "--out", out.toString(), "--config", config.toString(), "--conf", "tokenize.seq_len=512");
    assertEquals(0, first);

    List<Row> excluded = LocalSpark.get().read().parquet(out.resolve("curated/excluded").toString())
        .collectAsList();
    List<Row> leaked = excluded.stream()
        .filter(r -> "decontam.ngram_overlap".equals(r.getAs("reason"))).toList();
    // A paper is one training document: the leaked notes are one sample holding both questions.
    assertEquals(1, leaked.size(), "the planted document: " + excluded);
    for (Row r : leaked) {
      assertEquals("materials-qa", r.getAs("benchmark"));
      assertEquals("curated/samples", r.getAs("record_table"));
    }
    Set<String> leakedTexts = LocalSpark.get().read().parquet(out.resolve("curated/samples")
            .toString()).where(org.apache.spark.sql.functions.col("sample_id").isin(
            leaked.stream().map(r -> r.getAs("record_id")).toArray()))
        .collectAsList().stream().map(r -> r.<String>getAs("text")).collect(Collectors.toSet());
    assertTrue(leakedTexts.stream().allMatch(t -> t.contains("magnesium diboride")
        && t.contains("136 with two")), leakedTexts.toString());
    assertTrue(excluded.stream().anyMatch(r -> "raw/documents".equals(r.getAs("record_table"))
        && "dedup.exact".equals(r.getAs("reason")) && r.getAs("kept_id") != null
        && !r.<scala.collection.Seq<String>>getAs("sample_ids").isEmpty()),
        "the preprint is an exact duplicate document linked to the one kept");
    assertTrue(excluded.stream().anyMatch(r -> "curated/samples".equals(r.getAs("record_table"))
        && "dedup.near".equals(r.getAs("reason")) && r.getAs("kept_id") != null),
        "its document sample (titled differently) is a near duplicate of the original's");
    JsonNode q1 = json(out.resolve("reports/quality.json"));
    assertEquals(0, q1.get("anomalies").size(), "no history yet");
    assertEquals(1, q1.get("decontamination").get("benchmarks").get("materials-qa")
        .get("removed").asInt());
    assertTrue(json(out.resolve("reports/profile.json")).has("raw/structures"));

    // Delete more than half of the papers and structures, run again into the same OUT.
    try (Stream<Path> files = Stream.concat(Files.list(input.resolve("papers")),
        Files.list(input.resolve("structures")))) {
      List<Path> all = files.sorted().toList();
      for (int i = 0; i < all.size(); i++) {
        if (i % 4 != 0) {
          Files.delete(all.get(i));
        }
      }
    }
    int second = AnnealCommand.commandLine().execute("run", "--input", input.toString(),
        "--out", out.toString(), "--config", config.toString(), "--conf", "tokenize.seq_len=512",
        "--conf", "quality.profile=false");
    assertEquals(0, second);
    JsonNode q2 = json(out.resolve("reports/quality.json"));
    Set<String> flagged = java.util.stream.StreamSupport.stream(q2.get("anomalies").spliterator(),
        false).map(a -> a.get("table").asText()).collect(Collectors.toSet());
    assertTrue(flagged.contains("raw/structures"), q2.get("anomalies").toString());
    assertTrue(flagged.contains("raw/documents"), q2.get("anomalies").toString());
    assertFalse(flagged.contains("raw/measurements"), "unchanged tables are not flagged");
    assertTrue(Files.exists(out.resolve("reports/metrics/metrics.json")));
  }
}
