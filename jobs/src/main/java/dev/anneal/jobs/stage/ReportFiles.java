package dev.anneal.jobs.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Writes small report files (JSON) to any Hadoop file system. */
public final class ReportFiles {

  private ReportFiles() {
  }

  /** Writes {@code text} as UTF-8 to {@code path}, replacing it. */
  public static void writeText(SparkSession spark, String path, String text) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(p, true)) {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** Writes {@code value} as JSON to {@code path}, replacing it. */
  public static void writeJson(SparkSession spark, String path, Object value, ObjectMapper mapper) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(p, true)) {
        mapper.writeValue(out, value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }
}
