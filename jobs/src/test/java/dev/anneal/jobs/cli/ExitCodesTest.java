package dev.anneal.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.jobs.config.ConfigException;
import dev.anneal.jobs.config.ConfigLoader;
import dev.anneal.jobs.stage.StageFailure;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

/**
 * Exit codes mean what they say (issue #20): a missing input is a configuration mistake found
 * before Spark starts (exit 2); a failure after the start names its stage and root cause (exit 1).
 */
class ExitCodesTest {

  @Test
  void aMissingInputIsFoundBeforeSparkStarts() {
    AnnealConfig config = ConfigLoader.load(null, List.of());
    ConfigException e = assertThrows(ConfigException.class,
        () -> RunPreflight.check(config, "/nonexistent/anneal-input-" + System.nanoTime()));
    assertTrue(e.getMessage().contains("input does not exist"), e.getMessage());
  }

  @Test
  void packingDecontaminationAndGateMistakesAreFoundBeforeSparkStarts() {
    RunPreflight.check(ConfigLoader.load(null, List.of()), null);
    Map<String, String> mistakes = Map.of(
        "tokenize.packing=bestfit", "tokenize.packing",
        "quality.decontamination.mode=drop", "quality.decontamination.mode must be remove or flag",
        "quality.gates.raw/structures.error=[distinct structure_id]",
        "quality.gates: raw/structures: unknown check 'distinct'");
    for (Map.Entry<String, String> m : mistakes.entrySet()) {
      AnnealConfig config = ConfigLoader.load(null, List.of(m.getKey()));
      ConfigException e = assertThrows(ConfigException.class,
          () -> RunPreflight.check(config, null), m.getKey());
      assertTrue(e.getMessage().contains(m.getValue()), m.getKey() + " -> " + e.getMessage());
    }
  }

  @Test
  void aMissingEvaluationSetIsFoundBeforeSparkStarts(@org.junit.jupiter.api.io.TempDir
                                                     java.nio.file.Path dir) throws Exception {
    java.nio.file.Path yaml = dir.resolve("anneal.yaml");
    java.nio.file.Files.writeString(yaml, "quality:\n  decontamination:\n    benchmarks:\n"
        + "      qa: " + dir.resolve("absent-qa.jsonl") + "\n");
    AnnealConfig config = ConfigLoader.load(yaml, List.of());
    ConfigException e = assertThrows(ConfigException.class, () -> RunPreflight.check(config, null));
    assertTrue(e.getMessage().contains("quality.decontamination.benchmarks.qa: no such file"),
        e.getMessage());
  }

  @Test
  void theIngestLimitsAreBoundFromTheDefaultsAndCheckedBeforeSparkStarts() {
    AnnealConfig defaults = ConfigLoader.load(null, List.of());
    assertEquals(dev.anneal.ingest.IngestLimits.defaults(), defaults.ingest().limits(),
        "defaults.yaml and IngestLimits.defaults() say the same");
    AnnealConfig set = ConfigLoader.load(null, List.of("ingest.limits.seconds_per_file=5",
        "ingest.limits.density_max_gcm3=30"));
    assertEquals(5, set.ingest().limits().secondsPerFile());
    assertEquals(30.0, set.ingest().limits().densityMaxGCm3());
    AnnealConfig zero = ConfigLoader.load(null, List.of("ingest.limits.xml_max_depth=0"));
    ConfigException e = assertThrows(ConfigException.class,
        () -> RunPreflight.check(zero, null));
    assertTrue(e.getMessage().contains("ingest.limits.xml_max_depth"), e.getMessage());
    AnnealConfig inverted = ConfigLoader.load(null, List.of("ingest.limits.cell_edge_min_angstrom=20",
        "ingest.limits.cell_edge_max_angstrom=10"));
    assertThrows(ConfigException.class, () -> RunPreflight.check(inverted, null));
  }

  @Test
  void aFailureAfterTheStartNamesTheStageAndTheRootCause() {
    StageFailure f = new StageFailure("normalize", new SparkException("Job aborted",
        new IllegalArgumentException("declared unit is not a known unit: 'kJ/mol f.u.'")));
    assertTrue(f.getMessage().startsWith("stage normalize failed: "
        + "java.lang.IllegalArgumentException: declared unit"), f.getMessage());
    assertTrue(f.getCause() instanceof SparkException, "the cause is kept for the log");
  }
}
