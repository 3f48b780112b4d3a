package dev.anneal.normalize.label.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Cross-checks experimental formation enthalpies against DFT formation energies of the same
 * material and condition: fits the systematic offset (median of exp − DFT), estimates its
 * spread (1.4826 × MAD, at least {@link #MIN_SIGMA}), and flags experimental labels beyond
 * 3σ ({@code dft_disagrees}); the others get {@code dft_agrees}. Needs at least
 * {@link #MIN_PAIRS} pairs, else labels are left alone.
 */
public final class FormationCrossCheck {

  /** Pairs needed to fit an offset. */
  public static final int MIN_PAIRS = 3;
  /** The least spread assumed, eV/atom. */
  public static final double MIN_SIGMA = 0.03;

  private FormationCrossCheck() {
  }

  /** {@code labels} (curated/labels columns) with the cross-check's flags added. */
  public static Dataset<Row> apply(Dataset<Row> labels) {
    Dataset<Row> dft = labels.where(col("property").equalTo("formation_energy"))
        .select(col("material_id"), col("condition"), col("value").as("dft"));
    Dataset<Row> pairs = labels.where(col("property").equalTo("formation_enthalpy")
            .and(col("value").isNotNull()))
        .select(col("label_id"), col("material_id"), col("condition"), col("value").as("exp"))
        .join(dft.where(col("dft").isNotNull()), new String[] {"material_id", "condition"})
        .withColumn("diff", col("exp").minus(col("dft")));
    Dataset<Row> offset = pairs.agg(expr("percentile_approx(diff, 0.5, 10000)").as("offset"),
        count(lit(1)).as("n_pairs"));
    Dataset<Row> sigma = pairs.crossJoin(offset)
        .agg(expr("percentile_approx(abs(diff - offset), 0.5, 10000)").as("mad"));
    Dataset<Row> judged = pairs.crossJoin(offset).crossJoin(sigma)
        .where(col("n_pairs").geq(MIN_PAIRS))
        .select(col("label_id"),
            when(abs(col("diff").minus(col("offset")))
                .gt(greatest(col("mad").multiply(1.4826), lit(MIN_SIGMA)).multiply(3)),
                lit("dft_disagrees")).otherwise(lit("dft_agrees")).as("check"));
    Column flags = when(col("check").isNull(), col("flags"))
        .otherwise(array_sort(array_union(col("flags"), array(col("check")))));
    Dataset<Row> verdicts = judged.select(col("label_id").as("judged_id"), col("check"));
    return labels.join(verdicts, col("label_id").equalTo(col("judged_id")), "left")
        .withColumn("flags", flags)
        .drop("check", "judged_id");
  }
}
