package dev.anneal.quality.dedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import dev.anneal.ingest.ContentHash;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Exact duplicates: records with the same content hash ({@link ContentHash#ofText}: the text's
 * words after NFKC and lower-casing); the record of highest priority is kept, ties going to the
 * greatest id so the choice does not depend on partitioning.
 */
public final class ExactDuplicates {

  private static final UserDefinedFunction TEXT_HASH =
      udf((UDF1<String, String>) ContentHash::ofText, DataTypes.StringType);

  private ExactDuplicates() {
  }

  /**
   * Records to remove, columns {@code id}, {@code kept_id}, from {@code docs} (columns {@code id},
   * {@code text}, {@code priority}), hashing each text; texts with no word are left to the filters.
   */
  public static Dataset<Row> find(Dataset<Row> docs) {
    return byKey(docs.select(col("id"), col("priority"),
        TEXT_HASH.apply(col("text")).as("key")));
  }

  /**
   * Records to remove, columns {@code id}, {@code kept_id}, from {@code docs} whose content hash is
   * already a column ({@code id}, {@code key}, {@code priority}); an empty key never groups.
   */
  public static Dataset<Row> byKey(Dataset<Row> docs) {
    Dataset<Row> keyed = docs.select(col("id"), col("priority").cast("double").as("priority"),
            col("key"))
        .where(col("key").isNotNull().and(col("key").notEqual("")));
    Dataset<Row> keepers = keyed.groupBy("key")
        .agg(max(struct(col("priority"), col("id"))).getField("id").as("kept_id"));
    return keyed.join(keepers, "key").where(col("id").notEqual(col("kept_id")))
        .select("id", "kept_id");
  }
}
