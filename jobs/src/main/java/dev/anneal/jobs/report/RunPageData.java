package dev.anneal.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.schema.RawSchemas;
import dev.anneal.tokenize.shard.ShardDatasheet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Everything the run page shows, gathered from OUT after a run: the run report, the quality
 * report and shard manifest when present, and distributions computed from the tables.
 *
 * @param run         the run report
 * @param quality     {@code reports/quality.json}, or null
 * @param shards      {@code shards/manifest.json}, or null
 * @param lengths     length distributions (characters per sample and paragraph, tokens per
 *                    document in the shards)
 * @param uncertainty relative uncertainty of {@code curated/labels}, or null without labels
 * @param datasheet   the shard figures computed from the tables, or null without shards
 * @param quarantine  rows of {@code raw/quarantine} per stage and reason, counted from the table
 */
public record RunPageData(RunReport run, JsonNode quality, JsonNode shards,
                          List<Histogram> lengths, Histogram uncertainty,
                          ShardDatasheet datasheet, List<QuarantineCount> quarantine) {

  /**
   * Rows of {@code raw/quarantine} with one stage and reason.
   *
   * @param stage  the stage that quarantined them
   * @param reason the stable reason code
   * @param rows   how many
   */
  public record QuarantineCount(String stage, String reason, long rows) {
  }

  /** A page without a datasheet. */
  public RunPageData(RunReport run, JsonNode quality, JsonNode shards, List<Histogram> lengths,
                     Histogram uncertainty) {
    this(run, quality, shards, lengths, uncertainty, null);
  }

  /** A page without quarantine counts from the table. */
  public RunPageData(RunReport run, JsonNode quality, JsonNode shards, List<Histogram> lengths,
                     Histogram uncertainty, ShardDatasheet datasheet) {
    this(run, quality, shards, lengths, uncertainty, datasheet, List.of());
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads what exists under {@code out} (a path or URI) for {@code run}. */
  public static RunPageData collect(SparkSession spark, String out, RunReport run) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Histogram> lengths = new ArrayList<>();
    log2(spark, conf, out + "/curated/samples", "n_chars",
        "characters per training sample (curated/samples)").ifPresent(lengths::add);
    log2(spark, conf, out + "/raw/paragraphs", "n_chars",
        "characters per paragraph (raw/paragraphs)").ifPresent(lengths::add);
    if (exists(conf, out + "/shards/train")) {
      Dataset<Row> docs = spark.read().parquet(out + "/shards/train")
          .selectExpr("explode(doc_lengths) AS n");
      lengths.add(bins(docs, "CAST(floor(log2(greatest(n, 1))) AS INT)",
          "tokens per document piece in the train shards (doc_lengths)", RunPageData::log2Label));
    }
    return new RunPageData(run, json(conf, out + "/reports/quality.json"),
        json(conf, out + "/shards/manifest.json"), lengths, uncertainty(spark, conf, out),
        datasheet(spark, conf, out), quarantine(spark, conf, out));
  }

  /** {@code raw/quarantine}'s rows per stage and reason, in stage then reason order. */
  private static List<QuarantineCount> quarantine(SparkSession spark, Configuration conf,
                                                  String out) {
    String path = out + "/raw/quarantine";
    List<QuarantineCount> counts = new ArrayList<>();
    if (!exists(conf, path)) {
      return counts;
    }
    // With its schema: a run with nothing quarantined leaves the folder without files to infer from.
    for (Row r : spark.read().schema(RawSchemas.QUARANTINE).parquet(path)
        .groupBy("stage", "reason").count()
        .orderBy("stage", "reason").collectAsList()) {
      counts.add(new QuarantineCount(r.getString(0), r.getString(1), r.getLong(2)));
    }
    return counts;
  }

  /** The datasheet figures when the shards and samples exist. */
  private static ShardDatasheet datasheet(SparkSession spark, Configuration conf, String out) {
    List<String> splits = new ArrayList<>();
    for (String s : List.of("train", "val")) {
      if (exists(conf, out + "/shards/" + s)) {
        splits.add(out + "/shards/" + s);
      }
    }
    if (splits.isEmpty() || !exists(conf, out + "/curated/samples")) {
      return null;
    }
    Dataset<Row> shards = spark.read().parquet(splits.toArray(new String[0]));
    Dataset<Row> samples = spark.read().parquet(out + "/curated/samples");
    return ShardDatasheet.compute(shards, samples,
        ids(spark, conf, out + "/raw/structures", "structure_id"),
        ids(spark, conf, out + "/raw/synthesis", "synth_id"));
  }

  private static Dataset<Row> ids(SparkSession spark, Configuration conf, String path,
                                  String column) {
    if (!exists(conf, path)) {
      return null;
    }
    Dataset<Row> t = spark.read().parquet(path);
    return List.of(t.columns()).contains(column) ? t.selectExpr(column + " AS id") : null;
  }

  private static java.util.Optional<Histogram> log2(SparkSession spark, Configuration conf,
                                                    String path, String column, String title) {
    if (!exists(conf, path)) {
      return java.util.Optional.empty();
    }
    Dataset<Row> t = spark.read().parquet(path);
    if (!List.of(t.columns()).contains(column)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(bins(t.selectExpr(column + " AS n"),
        "CAST(floor(log2(greatest(n, 1))) AS INT)", title, RunPageData::log2Label));
  }

  /** Relative uncertainty (uncertainty / |value|) of labels in decades, with exact and unknown. */
  private static Histogram uncertainty(SparkSession spark, Configuration conf, String out) {
    String path = out + "/curated/labels";
    if (!exists(conf, path)) {
      return null;
    }
    Dataset<Row> labels = spark.read().parquet(path);
    if (!List.of(labels.columns()).containsAll(List.of("uncertainty", "value"))) {
      return null;
    }
    Dataset<Row> rel = labels.selectExpr("CASE WHEN uncertainty IS NULL OR value IS NULL "
        + "OR value = 0 THEN -100 WHEN uncertainty = 0 THEN -99 ELSE CAST(greatest(-6, "
        + "least(1, floor(log10(abs(uncertainty / value))))) AS INT) END AS b");
    return bins(rel, "b", "relative uncertainty of curated/labels (uncertainty / |value|)",
        b -> b == -100 ? "unknown" : b == -99 ? "exact" : "1e" + b + "–1e" + (b + 1));
  }

  private static Histogram bins(Dataset<Row> data, String binExpr, String title,
                                IntFunction<String> label) {
    List<Row> rows = data.selectExpr(binExpr + " AS b").groupBy("b").count().orderBy("b")
        .collectAsList();
    List<String> labels = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    if (!rows.isEmpty() && !rows.get(0).isNullAt(0)) {
      int lo = rows.get(0).getInt(0);
      int hi = rows.get(rows.size() - 1).getInt(0);
      boolean special = lo <= -99;
      for (Row r : rows) {
        if (r.isNullAt(0)) {
          continue;
        }
        if (special && r.getInt(0) <= -99) {
          labels.add(label.apply(r.getInt(0)));
          counts.add(r.getLong(1));
        }
      }
      int first = special ? rows.stream().filter(r -> !r.isNullAt(0) && r.getInt(0) > -99)
          .mapToInt(r -> r.getInt(0)).min().orElse(hi + 1) : lo;
      for (int b = first; b <= hi; b++) {
        final int bin = b;
        labels.add(label.apply(b));
        counts.add(rows.stream().filter(r -> !r.isNullAt(0) && r.getInt(0) == bin)
            .mapToLong(r -> r.getLong(1)).sum());
      }
    }
    return new Histogram(title, labels, counts);
  }

  private static boolean exists(Configuration conf, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(conf).exists(p);
    } catch (IOException e) {
      return false;
    }
  }

  private static JsonNode json(Configuration conf, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        return null;
      }
      try (InputStream in = fs.open(p)) {
        return JSON.readTree(in);
      }
    } catch (IOException e) {
      return null;
    }
  }

  private static String log2Label(int b) {
    long lo = 1L << Math.max(0, b);
    return lo + "–" + ((lo << 1) - 1);
  }
}
