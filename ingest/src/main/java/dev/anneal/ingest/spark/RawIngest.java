package dev.anneal.ingest.spark;

import dev.anneal.schema.RawSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The ingest stage as Dataset functions: list the input files, read them in tasks, and split
 * the results into the raw tables.
 */
public final class RawIngest {

  /**
   * The columns of the file listing each task receives: the file's full {@code path} (to open
   * it), its {@code size}, and {@code source}, its path relative to the input root, which is the
   * file's identity in every table ({@code source_uri}) and id ({@link dev.anneal.ingest.RecordId}).
   */
  public static final StructType FILE_LISTING = DataTypes.createStructType(List.of(
      RawSchemas.required("path", DataTypes.StringType),
      RawSchemas.required("size", DataTypes.LongType),
      RawSchemas.required("source", DataTypes.StringType),
      RawSchemas.required("reason", DataTypes.StringType),
      RawSchemas.required("message", DataTypes.StringType)));

  private RawIngest() {
  }

  /**
   * Every entry below {@code input}, recursively ({@link InputTree}): regular files to read,
   * and links, special files and hidden or unreadable names with the reason they are not read
   * (each becomes a quarantine row), each named by its path relative to {@code input}, sorted
   * by that relative path and cut into at most {@code partitions} partitions of about equal
   * bytes ({@link ListingBatches}), so partitions are the same across runs and folders.
   */
  public static Dataset<Row> listFiles(SparkSession spark, String input, int partitions) {
    return list(spark, input, partitions).files();
  }

  /** The listing of {@code input} as {@link #listFiles} makes it, and its number of entries. */
  public record Listing(Dataset<Row> files, long count) {
  }

  /** {@link #listFiles} with the entry count, known on the driver without a Spark job. */
  public static Listing list(SparkSession spark, String input, int partitions) {
    return list(spark, input, partitions, false);
  }

  /**
   * {@link #list(SparkSession, String, int)}, following links inside the input root when
   * {@code followLinks} ({@code ingest.follow_links}): a followed file is named by the link and
   * read from its target.
   */
  public static Listing list(SparkSession spark, String input, int partitions,
                             boolean followLinks) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> rows = new ArrayList<>();
    try {
      Path root = new Path(input);
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        throw new IllegalArgumentException("input does not exist: " + input);
      }
      Path top = fs.makeQualified(root);
      for (InputTree.Entry e : InputTree.entries(fs, root, followLinks)) {
        rows.add(RowFactory.create(e.open(), e.size(), relative(top, new Path(e.uri())),
            e.reason(), e.message()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input, e);
    }
    // Sorted by the relative source, not the full path, and cut by bytes into contiguous
    // batches, one per task: which task reads a file, and so which part file its rows land in,
    // must not depend on the folder the input is in. No shuffle: the batches are the partitions.
    rows.sort((a, b) -> a.getString(2).compareTo(b.getString(2)));
    long[] sizes = new long[rows.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = rows.get(i).getLong(1);
    }
    int[] bounds = ListingBatches.cut(sizes, partitions);
    List<List<Row>> batches = new ArrayList<>();
    for (int b = 0; b + 1 < bounds.length; b++) {
      batches.add(new ArrayList<>(rows.subList(bounds[b], bounds[b + 1])));
    }
    JavaRDD<Row> listing = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(batches, Math.max(1, batches.size()))
        .flatMap(List::iterator);
    return new Listing(spark.createDataFrame(listing, FILE_LISTING), rows.size());
  }

  /**
   * Reads every listed file in tasks and returns the {@link RawSchemas#ENVELOPE} rows; lab logs
   * are read with {@code labMapping} and people pseudonymized with {@code pseudonymizationKey}.
   */
  public static Dataset<Row> read(Dataset<Row> files, long maxFileBytes,
                                  java.util.Map<String, Object> labMapping,
                                  String pseudonymizationKey) {
    return read(files, maxFileBytes, dev.anneal.ingest.IngestLimits.defaults(), labMapping,
        pseudonymizationKey);
  }

  /** As above, holding every file to {@code limits} ({@code ingest.limits}). */
  public static Dataset<Row> read(Dataset<Row> files, long maxFileBytes,
                                  dev.anneal.ingest.IngestLimits limits,
                                  java.util.Map<String, Object> labMapping,
                                  String pseudonymizationKey) {
    Configuration conf = files.sparkSession().sparkContext().hadoopConfiguration();
    return files.mapPartitions(
        new IngestPartition(maxFileBytes, limits, labMapping, pseudonymizationKey, conf),
        Encoders.row(RawSchemas.ENVELOPE));
  }

  /** The rows of one raw table ({@code documents}, {@code paragraphs}, …) from the envelope. */
  public static Dataset<Row> table(Dataset<Row> envelope, String table) {
    return envelope.where(envelope.col("table").equalTo(table)).select(table + ".*");
  }

  /**
   * {@code file}'s path below {@code root}, '/'-separated and decoded ({@code papers/a b.md});
   * the file's name when the input is that file itself.
   */
  static String relative(Path root, Path file) {
    String rootPath = root.toUri().getPath();
    String filePath = file.toUri().getPath();
    if (filePath.equals(rootPath) || !filePath.startsWith(rootPath)) {
      return file.getName();
    }
    String rest = filePath.substring(rootPath.length());
    return rest.startsWith("/") ? rest.substring(1) : rest;
  }
}
