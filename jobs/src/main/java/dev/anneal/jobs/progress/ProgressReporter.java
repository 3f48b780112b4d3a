package dev.anneal.jobs.progress;

import dev.anneal.jobs.stage.StageListener;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;

/**
 * Shows each running stage's progress: a bar redrawn twice a second on a terminal, a plain
 * line every {@code ANNEAL_PROGRESS_SECONDS} (default 10) otherwise, nothing when quiet.
 * {@code ANNEAL_PROGRESS=bar|lines|off} overrides the terminal detection.
 */
public final class ProgressReporter implements StageListener, AutoCloseable {

  private enum Mode { BAR, LINES, OFF }

  private final SparkSession spark;
  private final PrintStream out;
  private final Mode mode;
  private final TaskCounter counter = new TaskCounter();
  private final ScheduledExecutorService timer;
  private ScheduledFuture<?> ticking;
  private volatile String stage;
  private volatile long startNanos;

  private ProgressReporter(SparkSession spark, PrintStream out, Mode mode) {
    this.spark = spark;
    this.out = out;
    this.mode = mode;
    if (mode == Mode.OFF) {
      timer = null;
    } else {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "anneal-progress");
        t.setDaemon(true);
        return t;
      });
      spark.sparkContext().addSparkListener(counter);
    }
  }

  /** A reporter for {@code spark}'s tasks, printing to {@code out}. */
  public static ProgressReporter start(SparkSession spark, PrintStream out, boolean quiet) {
    String forced = System.getenv("ANNEAL_PROGRESS");
    Mode mode = quiet || "off".equals(forced) ? Mode.OFF
        : "bar".equals(forced) ? Mode.BAR
        : "lines".equals(forced) ? Mode.LINES
        : System.console() != null ? Mode.BAR : Mode.LINES;
    return new ProgressReporter(spark, out, mode);
  }

  @Override
  public synchronized void started(String name) {
    if (mode == Mode.OFF) {
      return;
    }
    counter.reset();
    stage = name;
    startNanos = System.nanoTime();
    long period = mode == Mode.BAR ? 500 : 1000L * periodSeconds();
    ticking = timer.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void finished(String name) {
    if (mode == Mode.OFF || ticking == null) {
      return;
    }
    ticking.cancel(false);
    ticking = null;
    stage = null;
    if (mode == Mode.BAR) {
      out.print("\r\033[K");
      out.flush();
    }
  }

  private synchronized void tick() {
    String s = stage;
    if (s == null) {
      return;
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    if (mode == Mode.BAR) {
      out.print("\r\033[K" + ProgressLine.bar(s, counter.done(), counter.total(),
          counter.records(), seconds, 30));
      out.flush();
    } else {
      out.println(ProgressLine.plain(s, counter.done(), counter.total(), counter.records(),
          seconds));
    }
  }

  private static long periodSeconds() {
    try {
      return Math.max(1, Long.parseLong(System.getenv().getOrDefault("ANNEAL_PROGRESS_SECONDS",
          "10")));
    } catch (NumberFormatException e) {
      return 10;
    }
  }

  @Override
  public void close() {
    if (mode == Mode.OFF) {
      return;
    }
    timer.shutdownNow();
    spark.sparkContext().removeSparkListener(counter);
  }
}
