package dev.anneal.tokenize.render;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Carries each document's licence to the samples rendered from it: a sample's {@code licence}
 * is the licence of the documents among its {@code source_ids} (several joined with
 * {@code " AND "}, as an SPDX expression), or {@code unknown} when it names no document with one.
 */
public final class SampleLicences {

  /** The licence of a sample rendered from no licensed document. */
  public static final String UNKNOWN = "unknown";

  private SampleLicences() {
  }

  /** {@code samples} with a {@code licence} column from {@code documents} (doc_id, licence). */
  public static Dataset<Row> attach(Dataset<Row> samples, Dataset<Row> documents) {
    if (documents == null || !Arrays.asList(documents.columns()).contains("licence")) {
      return samples.withColumn("licence", lit(UNKNOWN));
    }
    Dataset<Row> licences = documents.select(col("doc_id"), col("licence"));
    Dataset<Row> bySample = samples.select(col("sample_id"),
            explode(col("source_ids")).as("doc_id"))
        .join(licences, "doc_id")
        .groupBy("sample_id")
        .agg(array_join(array_sort(collect_set(col("licence"))), " AND ").as("licence"));
    return samples.join(bySample, samples.col("sample_id").equalTo(bySample.col("sample_id")),
            "left")
        .select(samples.col("*"), coalesce(bySample.col("licence"), lit(UNKNOWN)).as("licence"));
  }
}
