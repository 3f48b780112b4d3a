package dev.anneal.jobs.cli;

import dev.anneal.jobs.stage.IndexStage;
import dev.anneal.jobs.stage.IngestStage;
import dev.anneal.jobs.stage.LinkStage;
import dev.anneal.jobs.stage.NormalizeStage;
import dev.anneal.jobs.stage.QualityStage;
import dev.anneal.jobs.stage.RenderStage;
import dev.anneal.jobs.stage.Stage;
import dev.anneal.jobs.stage.TokenizeStage;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One subcommand per stage, to re-run a stage alone on the tables already under OUT. */
final class StageCommands {

  private StageCommands() {
  }

  /** {@code anneal ingest}. */
  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Read input files into raw/* tables and raw/quarantine.")
  static final class Ingest extends SparkCommand {
    @Option(names = "--input", required = true, paramLabel = "DIR",
        description = "Input directory, read recursively.")
    String input;

    @Override
    String command() {
      return "ingest";
    }

    @Override
    String input() {
      return input;
    }

    @Override
    List<Stage> stages() {
      return List.of(new IngestStage());
    }
  }

  /** A stage command that reads only what earlier stages wrote under OUT. */
  abstract static class FromOut extends SparkCommand {
    @Override
    String input() {
      return null;
    }

    @Override
    List<Stage> stages() {
      return List.of(stage());
    }

    @Override
    String command() {
      return stage().name();
    }

    abstract Stage stage();
  }

  /** {@code anneal normalize}. */
  @Command(name = "normalize", mixinStandardHelpOptions = true,
      description = "Interpret lab records, reported values and syntheses: raw/measurements, raw/synthesis.")
  static final class Normalize extends FromOut {
    @Override
    Stage stage() {
      return new NormalizeStage();
    }
  }

  /** {@code anneal link}. */
  @Command(name = "link", mixinStandardHelpOptions = true,
      description = "Link records to materials: curated/materials, curated/links, curated/labels.")
  static final class Link extends FromOut {
    @Override
    Stage stage() {
      return new LinkStage();
    }
  }

  /** {@code anneal render}. */
  @Command(name = "render", mixinStandardHelpOptions = true,
      description = "Render records, labels, syntheses and material dossiers into curated/samples.")
  static final class Render extends FromOut {
    @Override
    Stage stage() {
      return new RenderStage();
    }
  }

  /** {@code anneal quality}. */
  @Command(name = "quality", mixinStandardHelpOptions = true,
      description = "Run the Deequ gates over every table; write reports/quality.json.")
  static final class Quality extends FromOut {
    @Override
    Stage stage() {
      return new QualityStage();
    }
  }

  /** {@code anneal tokenize}. */
  @Command(name = "tokenize", mixinStandardHelpOptions = true,
      description = "Tokenize and pack curated/samples into shards/ with manifest.json.")
  static final class Tokenize extends FromOut {
    @Override
    Stage stage() {
      return new TokenizeStage();
    }
  }

  /** {@code anneal index}. */
  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Build the Lucene index under OUT/index.")
  static final class Index extends FromOut {
    @Override
    Stage stage() {
      return new IndexStage();
    }
  }
}
