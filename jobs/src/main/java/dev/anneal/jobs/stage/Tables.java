package dev.anneal.jobs.stage;

import dev.anneal.schema.RawSchemas;
import dev.anneal.tokenize.shard.StableFooter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** Reading and writing the pipeline's Parquet tables. */
final class Tables {

  private Tables() {
  }

  /** Writes {@code data} to {@code path}, replacing what was there, and returns its row count. */
  static long write(Dataset<Row> data, String path) {
    data.write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(path);
    stabilize(data.sparkSession(), path);
    return data.sparkSession().read().parquet(path).count();
  }

  /**
   * Writes {@code rejections} (rows of {@code raw/quarantine}, all from {@code stage}) into the
   * quarantine's {@code stage=<stage>} partition, replacing that stage's earlier rows and keeping
   * the other stages'; returns the row count.
   */
  static long writeQuarantine(Dataset<Row> rejections, String path, String stage) {
    SparkSession spark = rejections.sparkSession();
    try {
      Path partition = new Path(path, "stage=" + stage);
      partition.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(partition, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + path + "/stage=" + stage, e);
    }
    rejections.write().mode(SaveMode.Append).option("compression", "zstd").partitionBy("stage")
        .parquet(path);
    stabilize(spark, path + "/stage=" + stage);
    return readQuarantine(spark, path).where(org.apache.spark.sql.functions.col("stage")
        .equalTo(stage)).count();
  }

  /**
   * Sorts the encodings in the footers of the Parquet files just written under {@code path}
   * ({@link StableFooter}): parquet-mr lists them in an order that differs between JVMs, and the
   * same input must give the same bytes on any machine.
   */
  static void stabilize(SparkSession spark, String path) {
    try {
      Path dir = new Path(path);
      StableFooter.applyToTable(dir.getFileSystem(spark.sparkContext().hadoopConfiguration()), dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fix the footer order of " + path, e);
    }
  }

  /** The whole quarantine, every stage's partition, with the {@code stage} column (empty when none). */
  static Dataset<Row> readQuarantine(SparkSession spark, String path) {
    if (!exists(spark, path)) {
      return spark.createDataFrame(java.util.List.of(), RawSchemas.QUARANTINE);
    }
    return spark.read().schema(RawSchemas.QUARANTINE).parquet(path);
  }

  /**
   * Writes the record faults of {@code stage} ({@code raw/quarantine} rows) into its quarantine
   * partition and adds them to {@code report}: the row count under {@code raw/quarantine
   * (stage)} and one count per reason.
   */
  static void quarantine(StageReport.Builder report, Dataset<Row> rejections, String path,
                         String stage) {
    report.count("raw/quarantine (" + stage + ")", writeQuarantine(rejections, path, stage));
    for (Row r : readQuarantine(rejections.sparkSession(), path)
        .where(org.apache.spark.sql.functions.col("stage").equalTo(stage))
        .groupBy("reason").count().collectAsList()) {
      report.reason(r.getString(0), r.getLong(1));
    }
  }

  /** Whether anything exists at {@code path}. */
  static boolean exists(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + path, e);
    }
  }

  /**
   * Reads the table at {@code relative} under OUT (e.g. {@code raw/documents}); a missing table
   * means an earlier stage was not run, and the message names the stage that writes it.
   */
  static Dataset<Row> read(StageContext ctx, String relative) {
    String path = ctx.out().path(relative);
    if (!exists(ctx.spark(), path)) {
      throw new IllegalStateException(missing(path, relative));
    }
    return ctx.spark().read().parquet(path);
  }

  /** The message for a missing table: which stage to run, found from the stages' outputs. */
  static String missing(String path, String relative) {
    String run = Pipeline.writerOf(relative).map(s -> "'anneal " + s + "' (or 'anneal run')")
        .orElse("'anneal run'");
    return "table " + path + " is missing: run " + run + " first";
  }
}
