package dev.anneal.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.jobs.config.ConfigException;
import dev.anneal.jobs.config.ConfigLoader;
import dev.anneal.jobs.stage.StageFailure;
import java.util.List;
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
  void aFailureAfterTheStartNamesTheStageAndTheRootCause() {
    StageFailure f = new StageFailure("normalize", new SparkException("Job aborted",
        new IllegalArgumentException("declared unit is not a known unit: 'kJ/mol f.u.'")));
    assertTrue(f.getMessage().startsWith("stage normalize failed: "
        + "java.lang.IllegalArgumentException: declared unit"), f.getMessage());
    assertTrue(f.getCause() instanceof SparkException, "the cause is kept for the log");
  }
}
