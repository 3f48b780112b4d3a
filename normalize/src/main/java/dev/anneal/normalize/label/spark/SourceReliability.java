package dev.anneal.normalize.label.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * CRH truth discovery (Li et al., SIGMOD 2014) over every denoised group at once: a source's
 * weight is {@code log(Σ losses / its loss)}, its loss the mean squared deviation of its values
 * from the current truths in units of each group's robust spread; a group's truth is the
 * weighted mean of its used values. Joins and aggregations only; the source table has one row
 * per source. Each iteration is checkpointed (on the executors) so the plan does not grow with
 * the iterations.
 */
public final class SourceReliability {

  /** Iterations of the weight / truth alternation (CRH converges in a few). */
  public static final int ITERATIONS = 5;
  /** Pseudo-claims of unit loss added to every source, so a source seen twice is not a judge. */
  public static final double PRIOR_CLAIMS = 1.0;

  private SourceReliability() {
  }

  /**
   * The truths of groups with at least two used values: {@code label_id}, {@code crh_value},
   * {@code crh_sd} (weighted standard deviation), {@code crh_weight_sum}.
   */
  public static Dataset<Row> truths(Dataset<Row> groups) {
    Dataset<Row> claims = groups.where(col("n_used").geq(2))
        .select(col("label_id"), col("scale"), explode(col("observations")).as("o"))
        .where(col("o.used"))
        .select(col("label_id"), col("o.source").as("source"), col("o.value").as("v"),
            col("scale"))
        .localCheckpoint(true);
    Dataset<Row> truth = groups.where(col("n_used").geq(2))
        .select(col("label_id"), col("value").as("t"));
    Dataset<Row> result = null;
    for (int i = 0; i < ITERATIONS; i++) {
      Dataset<Row> weights = weights(claims, truth);
      Dataset<Row> step = claims.join(weights, "source")
          .groupBy("label_id")
          .agg(sum(col("w").multiply(col("v"))).divide(sum(col("w"))).as("t"),
              sum(col("w")).as("wsum"))
          .localCheckpoint(true);
      truth = step.select("label_id", "t");
      result = step;
    }
    Dataset<Row> weights = weights(claims, truth);
    Dataset<Row> sd = claims.join(weights, "source").join(truth, "label_id")
        .groupBy("label_id")
        .agg(sqrt(sum(col("w").multiply(pow(col("v").minus(col("t")), 2)))
            .divide(sum(col("w")))).as("crh_sd"));
    // Sums over a shuffle add in the order partitions arrive, so the last bits of a double
    // differ between runs on different executors; nine decimals keep every run's labels equal.
    return result.select(col("label_id"), round(col("t"), 9).as("crh_value"),
        round(col("wsum"), 9).as("crh_weight_sum"))
        .join(sd.select(col("label_id"), round(col("crh_sd"), 9).as("crh_sd")), "label_id");
  }

  /** One row per source: {@code source}, {@code w}, {@code claims}. */
  public static Dataset<Row> weights(Dataset<Row> claims, Dataset<Row> truth) {
    Dataset<Row> loss = claims.join(truth, "label_id")
        .groupBy("source")
        .agg(sum(pow(col("v").minus(col("t")).divide(col("scale")), 2)).as("loss"),
            count(lit(1)).as("claims"))
        .withColumn("mean_loss", col("loss").plus(lit(PRIOR_CLAIMS))
            .divide(col("claims").plus(lit(PRIOR_CLAIMS))));
    Dataset<Row> total = loss.agg(sum("mean_loss").as("total"));
    return loss.crossJoin(total)
        .select(col("source"), greatest(log(col("total").divide(col("mean_loss"))), lit(1e-3))
            .as("w"), col("claims"));
  }
}
