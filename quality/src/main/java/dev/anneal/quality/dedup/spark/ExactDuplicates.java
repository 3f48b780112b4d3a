package dev.anneal.quality.dedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import dev.anneal.quality.text.Words;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Exact duplicates: records whose text is equal after normalization (NFKC, lower case, words
 * joined by single spaces) share a SHA-256; the record of highest priority is kept.
 */
public final class ExactDuplicates {

  private static final UserDefinedFunction NORMALIZED =
      udf((UDF1<String, String>) Words::normalized, DataTypes.StringType);

  private ExactDuplicates() {
  }

  /**
   * Records to remove, columns {@code id}, {@code kept_id}, from {@code docs} (columns {@code id},
   * {@code text}, {@code priority}); texts with no word are left to the filters.
   */
  public static Dataset<Row> find(Dataset<Row> docs) {
    Dataset<Row> keyed = docs.select(col("id"), col("priority").cast("double").as("priority"),
            NORMALIZED.apply(col("text")).as("norm"))
        .where(col("norm").notEqual(""))
        .select(col("id"), col("priority"), sha2(col("norm"), 256).as("key"));
    Dataset<Row> keepers = keyed.groupBy("key")
        .agg(max(struct(col("priority"), col("id"))).getField("id").as("kept_id"));
    return keyed.join(keepers, "key").where(col("id").notEqual(col("kept_id")))
        .select("id", "kept_id");
  }
}
