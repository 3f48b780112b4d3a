package dev.anneal.jobs.cli;

import dev.anneal.jobs.SparkSessions;
import dev.anneal.jobs.config.ConfigLoader;
import dev.anneal.tokenize.shard.ShardVerifier;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anneal shards}: commands for training teams that receive a shard set. */
@Command(name = "shards", mixinStandardHelpOptions = true,
    description = "Work with the shards of a run.", subcommands = ShardsCommand.Verify.class)
final class ShardsCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code anneal shards verify OUT}. */
  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Re-read every shard of OUT and check it against shards/manifest.json:",
          "files, sizes, SHA-256, rows, tokens, sequence lengths, document spans, vocabulary,",
          "for train and val; no sample in both splits; Megatron .bin/.idx (when written)",
          "structurally sound and id-for-id equal to the Parquet sequences.",
          "Exit status 0 when everything matches, 1 otherwise."})
  static final class Verify implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "The run's output directory.")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
    String master;

    @Override
    public Integer call() {
      boolean ours = !SparkSessions.sessionExists();
      SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()), master);
      try {
        String dir = out.endsWith("/shards") ? out : out + "/shards";
        ShardVerifier.Report report = ShardVerifier.verify(spark, dir);
        report.problems().forEach(p -> System.out.println("MISMATCH " + p));
        System.out.printf("%s: %d files, %d sequences, %d tokens checked against the manifest%n",
            report.ok() ? "OK" : "FAILED", report.files(), report.rows(), report.tokens());
        return report.ok() ? 0 : 1;
      } finally {
        if (ours) {
          spark.stop();
        }
      }
    }
  }
}
