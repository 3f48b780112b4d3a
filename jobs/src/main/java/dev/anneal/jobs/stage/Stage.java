package dev.anneal.jobs.stage;

/** One step of the pipeline: reads its input tables, writes its output tables. */
public interface Stage {

  /** The stage's name on the command line and in reports. */
  String name();

  /** Runs the stage and returns its counts. */
  StageReport run(StageContext context);
}
