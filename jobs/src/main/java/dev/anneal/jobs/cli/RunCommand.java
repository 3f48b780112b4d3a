package dev.anneal.jobs.cli;

import dev.anneal.jobs.resume.ResumePolicy;
import dev.anneal.jobs.stage.Pipeline;
import dev.anneal.jobs.stage.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anneal run}: every stage, from input files to shards and index. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run every stage: ingest, normalize, link, render, quality, tokenize, index.",
        "A stage whose inputs and configuration are unchanged since it last finished under OUT",
        "is skipped (its manifest is OUT/_stages/<stage>.json); a killed run resumes where it",
        "stopped when run again."})
final class RunCommand extends SparkCommand {

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "Input directory, read recursively.")
  String input;

  @Option(names = "--force", paramLabel = "STAGE",
      description = "Re-run STAGE even if unchanged (what reads its outputs re-runs too); "
          + "'all' re-runs every stage. Repeatable.")
  List<String> force = new ArrayList<>();

  @Option(names = "--no-resume", description = "Run every stage, as --force all.")
  boolean noResume;

  @Override
  ResumePolicy resumePolicy() {
    List<String> names = Pipeline.allStages().stream().map(Stage::name).toList();
    for (String f : force) {
      if (!f.equals("all") && !names.contains(f)) {
        throw new IllegalArgumentException("--force " + f + ": no such stage; stages are "
            + String.join(", ", names) + " (or all)");
      }
    }
    return noResume ? ResumePolicy.ALWAYS_RUN : ResumePolicy.resume(new HashSet<>(force));
  }

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
