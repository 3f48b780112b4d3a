package dev.anneal.jobs.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.jobs.compare.RunComparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Asserts two runs wrote the same outputs; shared by the resume and cluster tests. */
public final class OutputComparison {

  private OutputComparison() {
  }

  /** Asserts that {@code actual} holds the same tables, rows and shards as {@code expected}. */
  public static void assertSameOutputs(SparkSession spark, Path expected, Path actual) {
    List<String> checked = new ArrayList<>();
    List<String> diffs = RunComparison.differences(spark, expected.toString(), actual.toString(),
        checked);
    assertEquals(List.of(), diffs, "differences between " + expected + " and " + actual);
    assertTrue(checked.stream().anyMatch(c -> c.startsWith("curated/samples: ")), checked.toString());
    assertTrue(checked.stream().anyMatch(c -> c.matches("shards: [1-9]\\d* files.*")),
        checked.toString());
    System.out.println("[compare] " + String.join("; ", checked));
  }
}
