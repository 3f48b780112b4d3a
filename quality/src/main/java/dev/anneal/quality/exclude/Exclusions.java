package dev.anneal.quality.exclude;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import dev.anneal.schema.CuratedSchemas;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Builds rows of {@code curated/excluded} in its contract schema ({@link CuratedSchemas#EXCLUDED}). */
public final class Exclusions {

  private Exclusions() {
  }

  /**
   * Exclusions of {@code curated/samples} rows: {@code removed} has {@code id} (a sample_id),
   * {@code message} and optionally {@code kept_id} and {@code benchmark}.
   */
  public static Dataset<Row> ofSamples(Dataset<Row> removed, String reason) {
    return shape(removed.withColumn("sample_ids", array(col("id"))), "curated/samples", reason);
  }

  /**
   * Exclusions of records of {@code table} (e.g. {@code raw/documents}): {@code removed} has
   * {@code id}, {@code message} and optionally {@code kept_id}; {@code sample_ids} are the
   * samples whose {@code source_ids} name the record.
   */
  public static Dataset<Row> ofRecords(Dataset<Row> removed, String table, String reason,
                                       Dataset<Row> samples) {
    Dataset<Row> bySource = samples.select(explode(col("source_ids")).as("source_id"),
            col("sample_id"))
        .groupBy("source_id").agg(collect_set("sample_id").as("sample_ids"));
    Dataset<Row> joined = removed.join(bySource,
            removed.col("id").equalTo(bySource.col("source_id")), "left")
        .drop("source_id")
        .withColumn("sample_ids", coalesce(col("sample_ids"),
            array().cast("array<string>")));
    return shape(joined, table, reason);
  }

  /** An empty table in the contract schema. */
  public static Dataset<Row> empty(org.apache.spark.sql.SparkSession spark) {
    return spark.createDataFrame(List.of(), CuratedSchemas.EXCLUDED);
  }

  private static Dataset<Row> shape(Dataset<Row> d, String table, String reason) {
    List<String> cols = List.of(d.columns());
    Column kept = cols.contains("kept_id") ? col("kept_id") : lit(null).cast("string");
    Column bench = cols.contains("benchmark") ? col("benchmark") : lit(null).cast("string");
    Column why = cols.contains("reason") ? col("reason") : lit(reason);
    return d.select(lit(table).as("record_table"), col("id").as("record_id"),
        col("sample_ids"), why.as("reason"), coalesce(col("message"), lit("")).as("message"),
        kept.as("kept_id"), bench.as("benchmark"));
  }
}
