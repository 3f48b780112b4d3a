package dev.anneal.ingest.fault;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The time and step budget of reading one file ({@code ingest.limits.seconds_per_file} and
 * {@code max_steps_per_file}), checked cooperatively: the deadline whenever the reader reads more
 * bytes, the step count whenever a streamed parser keeps one more ionic step, frame or thermo row.
 * No watchdog thread is needed, so none can leak: every reader loops over reads, and a read past
 * the deadline fails, which ends the loop. Once exceeded, the budget stays exceeded and the file
 * is quarantined whole by its ingestor, whatever the parser made of the failure.
 */
public final class FileBudget {

  /**
   * The budget of the file being read on this thread: parsers are built once per run and shared
   * by every file, while a budget belongs to one file, so the parsers' step counting finds it here.
   */
  private static final ThreadLocal<FileBudget> CURRENT = new ThreadLocal<>();

  private final long seconds;
  private final long deadlineNanos;
  private final long maxSteps;
  private long steps;
  private String reason;
  private String message;
  private FileBudget previous;

  private FileBudget(long seconds, long maxSteps) {
    this.seconds = seconds;
    this.deadlineNanos = System.nanoTime() + seconds * 1_000_000_000L;
    this.maxSteps = maxSteps;
  }

  /**
   * A budget for one file, current on this thread until {@link #close()}; a budget opened while
   * another is current (a file inside a notebook export) restores the outer one when closed.
   */
  public static FileBudget open(long seconds, long maxSteps) {
    FileBudget b = new FileBudget(seconds, maxSteps);
    b.previous = CURRENT.get();
    CURRENT.set(b);
    return b;
  }

  /** Ends this budget on this thread. */
  public void close() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /**
   * Counts one kept step of the current file (no-op outside a budget, e.g. a parser under unit
   * test); throws {@link Exceeded} past the step cap or the deadline, which ends the parse.
   */
  public static void step() {
    FileBudget b = CURRENT.get();
    if (b != null) {
      b.countStep();
    }
  }

  /** {@code in}, failing its reads once this budget is exceeded. */
  public InputStream watch(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        checkRead();
        return super.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        checkRead();
        return super.read(b, off, len);
      }

      @Override
      public long skip(long n) throws IOException {
        checkRead();
        return super.skip(n);
      }
    };
  }

  /** Whether the file ran out of time or steps. */
  public boolean exceeded() {
    return reason != null;
  }

  /** {@code file.timeout} or {@code file.too_many_records}, or null. */
  public String reason() {
    return reason;
  }

  /** What was exceeded, for a person. */
  public String message() {
    return message;
  }

  private void countStep() {
    if (++steps > maxSteps) {
      trip("file.too_many_records", "more than " + maxSteps
          + " ionic steps, frames or thermo rows in one file (ingest.limits.max_steps_per_file); "
          + "the file is quarantined whole, since a calculation cut short would report a "
          + "final state that is not the run's");
      throw new Exceeded(message);
    }
    checkTime();
    if (exceeded()) {
      throw new Exceeded(message);
    }
  }

  private void checkRead() throws IOException {
    checkTime();
    if (exceeded()) {
      throw new IOException(message);
    }
  }

  private void checkTime() {
    if (reason == null && System.nanoTime() - deadlineNanos > 0) {
      trip("file.timeout", "reading the file took longer than " + seconds
          + " s (ingest.limits.seconds_per_file)");
    }
  }

  private void trip(String code, String text) {
    if (reason == null) {
      reason = code;
      message = text;
    }
  }

  /** Thrown inside a parser when the budget is exceeded; its ingestor quarantines the file. */
  public static final class Exceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message, null, false, false);
    }
  }
}
