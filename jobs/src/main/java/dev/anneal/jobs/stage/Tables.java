package dev.anneal.jobs.stage;

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
    return data.sparkSession().read().parquet(path).count();
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

  /** Reads the table at {@code path}; a missing table means an earlier stage was not run. */
  static Dataset<Row> read(SparkSession spark, String path, String producedBy) {
    if (!exists(spark, path)) {
      throw new IllegalStateException("table " + path + " is missing: run 'anneal " + producedBy
          + "' (or 'anneal run') first");
    }
    return spark.read().parquet(path);
  }
}
