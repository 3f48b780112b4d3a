package dev.anneal.jobs.cli;

import dev.anneal.jobs.stage.Pipeline;
import dev.anneal.jobs.stage.Stage;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anneal run}: every stage, from input files to shards and index. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run every stage: ingest, normalize, quality, tokenize, index.")
final class RunCommand extends SparkCommand {

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "Input directory, read recursively.")
  String input;

  @Override
  String command() {
    return "run";
  }

  @Override
  String input() {
    return input;
  }

  @Override
  List<Stage> stages() {
    return Pipeline.allStages();
  }
}
