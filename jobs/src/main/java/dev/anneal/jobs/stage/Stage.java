package dev.anneal.jobs.stage;

import java.util.List;

/**
 * One step of the pipeline: reads its input tables, writes its output tables.
 *
 * <p>A stage that declares its {@link #outputs()} is resumable: it writes them to a staging
 * folder, the pipeline renames them into place when the stage succeeds and records a stage
 * manifest ({@code OUT/_stages/<name>.json}); {@code anneal run} then skips the stage while its
 * inputs, outputs and configuration are unchanged. Paths under OUT must be reached through
 * {@code ctx.out()} (which redirects the outputs to the staging folder and records every path
 * the stage reads). A stage that declares no outputs always runs and writes in place.
 */
public interface Stage {

  /** The token in {@link #inputs()} that stands for the {@code --input} directory. */
  String INPUT = "$input";

  /** Every configuration section ({@code spark} excepted): the default of {@link #configSections()}. */
  String ALL_CONFIG = "*";

  /** The stage's name on the command line and in reports. */
  String name();

  /** Runs the stage and returns its counts. */
  StageReport run(StageContext context);

  /**
   * What the stage reads, relative to OUT (e.g. {@code raw/structures}), plus {@link #INPUT} if it
   * reads the input directory. Paths reached through {@code ctx.out()} are also recorded while the
   * stage runs, so this list only needs what the stage reads otherwise (the input directory).
   */
  default List<String> inputs() {
    return List.of();
  }

  /**
   * Every path under OUT the stage writes, relative (e.g. {@code curated/materials},
   * {@code reports/quality.json}); a quarantine partition is {@code raw/quarantine/stage=<name>}.
   * Empty (the default): the stage is not resumable and always runs.
   */
  default List<String> outputs() {
    return List.of();
  }

  /**
   * The configuration sections the stage's result depends on (e.g. {@code tokenize}), or single
   * keys of them ({@code tokenize.seed}); a change anywhere else does not re-run it. Default:
   * every section except {@code spark}.
   */
  default List<String> configSections() {
    return List.of(ALL_CONFIG);
  }
}
