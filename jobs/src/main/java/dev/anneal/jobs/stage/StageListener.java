package dev.anneal.jobs.stage;

/** Told when a stage starts and finishes running (not when it is skipped): e.g. a progress bar. */
public interface StageListener {

  /** A listener that does nothing. */
  StageListener NONE = new StageListener() {
    @Override
    public void started(String stage) {
    }

    @Override
    public void finished(String stage) {
    }
  };

  /** {@code stage} starts running. */
  void started(String stage);

  /** {@code stage} has finished running (or failed). */
  void finished(String stage);
}
