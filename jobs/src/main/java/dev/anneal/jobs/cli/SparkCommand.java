package dev.anneal.jobs.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anneal.jobs.SparkSessions;
import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.jobs.config.ConfigLoader;
import dev.anneal.jobs.progress.ProgressReporter;
import dev.anneal.jobs.report.RunReport;
import dev.anneal.jobs.resume.ResumePolicy;
import dev.anneal.jobs.stage.StageFailure;
import dev.anneal.jobs.stage.OutputLayout;
import dev.anneal.jobs.stage.Pipeline;
import dev.anneal.jobs.stage.Stage;
import dev.anneal.jobs.stage.StageContext;
import dev.anneal.jobs.stage.TokenizeStage;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A command that runs pipeline stages in a Spark session and writes a run report. */
abstract class SparkCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory (local path or hdfs:, s3a: URI).")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] or spark://host:7077 (default: spark.master).")
  String master;

  @Option(names = "--fail-on-reject",
      description = "Fail the run if any input is rejected (quarantine is still written).")
  boolean failOnReject;

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar or progress lines (the one line per stage stays).")
  boolean quiet;

  /** The command's name in reports. */
  abstract String command();

  /** The input directory, or null for stages that only read OUT. */
  abstract String input();

  /** The stages to run. */
  abstract List<Stage> stages();

  /** Whether unchanged stages may be skipped: a single-stage command always runs its stage. */
  ResumePolicy resumePolicy() {
    return ResumePolicy.ALWAYS_RUN;
  }

  @Override
  public Integer call() {
    ObjectNode tree = configOptions.tree(failOnReject);
    AnnealConfig config = ConfigLoader.bind(tree);
    // Everything a user can get wrong is checked before Spark starts: exit 2 means that alone.
    RunPreflight.check(config, input());
    // A tokenizer that cannot load or has no end-of-text token is a usage mistake: say so now,
    // not after Spark has started and earlier stages have run.
    if (stages().stream().anyMatch(s -> s instanceof TokenizeStage)) {
      TokenizeStage.checkTokenizer(config.tokenize());
    }
    boolean ours = !SparkSessions.sessionExists();
    SparkSession spark = SparkSessions.create(config, master);
    try {
      StageContext ctx = new StageContext(spark, config, ConfigLoader.sha256(tree), input(),
          new OutputLayout(out));
      RunReport report;
      try (ProgressReporter progress = ProgressReporter.start(spark, System.err, quiet)) {
        report = new Pipeline(System.err, resumePolicy(), progress)
            .run(command(), stages(), ctx, tree);
      } catch (StageFailure e) {
        // After the start a failure is the run's, not the user's: exit 1, naming the stage.
        System.err.println("[anneal] FAILED: " + e.getMessage());
        return 1;
      }
      if (report.failure() != null) {
        System.err.println("[anneal] FAILED: " + report.failure());
        return 1;
      }
      System.err.printf("[anneal] %s finished in %.1f s; report: %s%n", command(),
          report.seconds(), ctx.out().report("run.json"));
      return 0;
    } finally {
      if (ours) {
        spark.stop();
      }
    }
  }
}
