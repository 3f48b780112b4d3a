package dev.anneal.ingest.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session integration tests share: {@code local[2]}, no UI, few shuffle
 * partitions, bound to the loopback interface. Created on first use, stopped at JVM exit.
 */
public final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {
  }

  /** The shared session. */
  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("anneal-tests")
          .config("spark.ui.enabled", false)
          .config("spark.sql.shuffle.partitions", 4)
          .config("spark.default.parallelism", 2)
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
