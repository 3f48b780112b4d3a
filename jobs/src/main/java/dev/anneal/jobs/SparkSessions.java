package dev.anneal.jobs;

import dev.anneal.jobs.config.AnnealConfig;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Creates the Spark session for a command, local by default and unchanged under spark-submit. */
public final class SparkSessions {

  private SparkSessions() {
  }

  /** Whether a session already exists in this JVM (a test's, or a notebook's): then it is reused and not ours to stop. */
  public static boolean sessionExists() {
    return SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
  }

  /**
   * A session for {@code config}. {@code masterOverride} (from {@code --master}) wins; otherwise a
   * master set by spark-submit is kept; otherwise the configured one is used.
   */
  public static SparkSession create(AnnealConfig config, String masterOverride) {
    SparkConf conf = new SparkConf();
    String master = masterOverride != null ? masterOverride
        : conf.contains("spark.master") ? conf.get("spark.master") : config.spark().master();
    SparkSession.Builder builder = SparkSession.builder()
        .appName(config.spark().appName())
        .master(master)
        .config("spark.sql.shuffle.partitions", config.spark().shufflePartitions())
        .config("spark.sql.parquet.compression.codec", "zstd")
        .config("spark.sql.session.timeZone", "UTC");
    if (master.startsWith("local")) {
      // One machine: no web UI to bind, and every socket on the loopback interface.
      builder.config("spark.ui.enabled", false)
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1");
    }
    return builder.getOrCreate();
  }
}
