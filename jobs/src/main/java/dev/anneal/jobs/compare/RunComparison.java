package dev.anneal.jobs.compare;

import dev.anneal.ingest.ContentId;
import dev.anneal.ingest.spark.FileTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares two output directories: the same tables under {@code raw/}, {@code curated/} and
 * {@code shards/}, each with the same rows (compared as JSON, order-independent, duplicates
 * counted), the same shard files with the same SHA-256 and the same {@code shards/manifest.json}.
 */
public final class RunComparison {

  private RunComparison() {
  }

  /**
   * What differs, one line per difference (empty when the runs are equal), and a summary of what
   * was compared in {@code checked}.
   */
  public static List<String> differences(SparkSession spark, String a, String b,
                                         List<String> checked) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> diffs = new ArrayList<>();
    List<String> tables = tables(conf, a);
    List<String> other = tables(conf, b);
    if (!tables.equals(other)) {
      diffs.add("tables differ: " + tables + " vs " + other);
    }
    for (String t : tables) {
      if (!other.contains(t)) {
        continue;
      }
      Dataset<Row> left = read(spark, a, t).toJSON().toDF();
      Dataset<Row> right = read(spark, b, t).toJSON().toDF();
      long rows = left.count();
      long onlyLeft = left.exceptAll(right).count();
      long onlyRight = right.exceptAll(left).count();
      checked.add(t + ": " + rows + " rows");
      if (onlyLeft + onlyRight > 0 || rows != right.count()) {
        diffs.add(t + ": " + onlyLeft + " rows only in " + a + ", " + onlyRight + " only in " + b);
      }
    }
    Map<String, String> shardsA = shardHashes(conf, a);
    Map<String, String> shardsB = shardHashes(conf, b);
    checked.add("shards: " + shardsA.size() + " files by SHA-256");
    if (!shardsA.equals(shardsB)) {
      diffs.add("shard files differ: " + shardsA + " vs " + shardsB);
    }
    String manifestA = text(conf, a + "/shards/manifest.json");
    if (!manifestA.equals(text(conf, b + "/shards/manifest.json"))) {
      diffs.add("shards/manifest.json differs");
    }
    return diffs;
  }

  /**
   * Table {@code t} of run {@code out}. A table with no rows may hold no file to infer its
   * schema from (a run without quarantined input has no quarantine partition): it is read as
   * empty with its declared schema. Otherwise the files' own schema is used, so a column the
   * declaration lacks is still compared.
   */
  private static Dataset<Row> read(SparkSession spark, String out, String t) {
    try {
      return spark.read().parquet(out + "/" + t);
    } catch (Exception e) {
      // Spark's AnalysisException is checked in Java's eyes but thrown undeclared (Scala).
      org.apache.spark.sql.types.StructType declared = dev.anneal.schema.TableSchemas.all().get(t);
      if (declared == null || !(e instanceof org.apache.spark.sql.AnalysisException)
          || !String.valueOf(e.getMessage()).contains("UNABLE_TO_INFER_SCHEMA")) {
        throw e;
      }
      return spark.createDataFrame(List.of(), declared);
    }
  }

  /**
   * The Parquet tables of a run: every folder under raw/, curated/ and shards/ (except
   * {@code shards/megatron}, whose binary files are compared by hash with the shards).
   */
  public static List<String> tables(Configuration conf, String out) {
    List<String> tables = new ArrayList<>();
    for (String parent : List.of("raw", "curated", "shards")) {
      Path dir = new Path(out + "/" + parent);
      try {
        FileSystem fs = dir.getFileSystem(conf);
        if (!fs.exists(dir)) {
          continue;
        }
        for (FileStatus s : fs.listStatus(dir)) {
          if (s.isDirectory() && !s.getPath().getName().startsWith("_")
              && !(parent.equals("shards") && s.getPath().getName().equals("megatron"))) {
            tables.add(parent + "/" + s.getPath().getName());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
    }
    tables.sort(null);
    return tables;
  }

  /** Every shard file under {@code out/shards} (Parquet, Megatron .bin/.idx) with its SHA-256. */
  public static Map<String, String> shardHashes(Configuration conf, String out) {
    Map<String, String> hashes = new TreeMap<>();
    Path shards = new Path(out + "/shards");
    try {
      FileSystem fs = shards.getFileSystem(conf);
      if (!fs.exists(shards)) {
        return hashes;
      }
      String prefix = fs.getFileStatus(shards).getPath().toString();
      for (FileStatus file : FileTree.files(fs, shards)) {
        Path p = file.getPath();
        String name = p.getName();
        if (name.endsWith(".parquet") || name.endsWith(".bin") || name.endsWith(".idx")) {
          try (InputStream in = fs.open(p)) {
            hashes.put(p.toString().substring(prefix.length() + 1),
                ContentId.sha256Hex(in.readAllBytes()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + shards, e);
    }
    return hashes;
  }

  private static String text(Configuration conf, String path) {
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        return "";
      }
      try (InputStream in = fs.open(p)) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
