package dev.anneal.jobs.stage;

import dev.anneal.jobs.config.AnnealConfig;
import org.apache.spark.sql.SparkSession;

/**
 * What a stage needs to run.
 *
 * @param spark        the session
 * @param config       the effective configuration
 * @param configSha256 the hash of the effective configuration
 * @param input        the input directory (only ingest reads it), or null
 * @param out          the output layout
 */
public record StageContext(SparkSession spark, AnnealConfig config, String configSha256,
                           String input, OutputLayout out) {

  /** The same context with another output layout (a stage's staged view of OUT). */
  public StageContext withOut(OutputLayout layout) {
    return new StageContext(spark, config, configSha256, input, layout);
  }
}
