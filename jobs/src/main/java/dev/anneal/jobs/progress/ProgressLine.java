package dev.anneal.jobs.progress;

import java.util.Locale;

/** Formats one progress update: a bar for terminals, a plain sentence for logs. */
public final class ProgressLine {

  private ProgressLine() {
  }

  /**
   * A bar: {@code [anneal] normalize [#######.......]  12/40 tasks  3,400 rec/s  ETA 8 s}. The ETA
   * extrapolates the tasks submitted so far (later Spark jobs of the stage are not yet known).
   */
  public static String bar(String stage, long done, long total, long records, double seconds,
                           int width) {
    int filled = total == 0 ? 0 : (int) Math.min(width, width * done / total);
    return String.format(Locale.ROOT, "[anneal] %s [%s%s] %s", stage, "#".repeat(filled),
        ".".repeat(width - filled), figures(done, total, records, seconds));
  }

  /** A plain line: {@code [anneal] normalize: 12/40 tasks, 3,400 records/s, ETA 8 s}. */
  public static String plain(String stage, long done, long total, long records, double seconds) {
    return "[anneal] " + stage + ": " + figures(done, total, records, seconds).replace("  ", ", ")
        .replace("rec/s", "records/s");
  }

  private static String figures(long done, long total, long records, double seconds) {
    String rate = seconds > 0 ? String.format(Locale.ROOT, "%,.0f", records / seconds) : "0";
    return String.format(Locale.ROOT, "%d/%d tasks  %s rec/s  ETA %s", done, total, rate,
        eta(done, total, seconds));
  }

  /** Seconds left at the rate so far, or {@code ?} before the first task finishes. */
  static String eta(long done, long total, double seconds) {
    if (done == 0 || total <= done) {
      return done == 0 ? "?" : "0 s";
    }
    long left = Math.round(seconds / done * (total - done));
    return left >= 60 ? left / 60 + " min " + left % 60 + " s" : left + " s";
  }
}
