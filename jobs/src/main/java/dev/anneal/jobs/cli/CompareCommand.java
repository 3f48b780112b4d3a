package dev.anneal.jobs.cli;

import dev.anneal.jobs.SparkSessions;
import dev.anneal.jobs.compare.RunComparison;
import dev.anneal.jobs.config.ConfigLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anneal compare A B}: whether two runs wrote the same tables, rows and shards. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare two output directories: every table under raw/, curated/ and",
        "shards/ row for row (order-independent), every shard file by SHA-256, and",
        "shards/manifest.json. Exit status 0 when equal, 1 otherwise."})
final class CompareCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "A", description = "One run's output directory.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The other run's output directory.")
  String b;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
  String master;

  @Override
  public Integer call() {
    boolean ours = !SparkSessions.sessionExists();
    SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()), master);
    try {
      List<String> checked = new ArrayList<>();
      List<String> diffs = RunComparison.differences(spark, a, b, checked);
      checked.forEach(c -> System.out.println("compared " + c));
      diffs.forEach(d -> System.out.println("DIFFERENT " + d));
      System.out.println(diffs.isEmpty() ? "SAME: " + a + " and " + b
          : "DIFFERENT: " + diffs.size() + " differences");
      return diffs.isEmpty() ? 0 : 1;
    } finally {
      if (ours) {
        spark.stop();
      }
    }
  }
}
