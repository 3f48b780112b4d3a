package dev.anneal.jobs.stage;

/**
 * A failure after the run started, naming the stage it happened in: the command exits 1 with
 * it (exit 2 is kept for usage and configuration mistakes found before Spark starts).
 */
public final class StageFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stage;

  /** {@code cause} ended stage {@code stage}. */
  public StageFailure(String stage, Throwable cause) {
    super("stage " + stage + " failed: " + describe(cause), cause);
    this.stage = stage;
  }

  /** The stage that failed. */
  public String stage() {
    return stage;
  }

  /** The innermost cause's class and message: a Spark job wraps the record's exception. */
  private static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage();
    return root.getClass().getName() + (msg == null ? "" : ": " + msg)
        + (root == t ? "" : " (in " + t.getClass().getSimpleName() + ")");
  }
}
