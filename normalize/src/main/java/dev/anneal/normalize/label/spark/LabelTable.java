package dev.anneal.normalize.label.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Builds {@code curated/labels}: per-group denoising ({@link LabelGroups}), then CRH truth
 * discovery ({@link SourceReliability}) for groups with at least {@link #CRH_MIN_USED} used values
 * from at least two sources, then the formation-enthalpy cross-check ({@link FormationCrossCheck}).
 */
public final class LabelTable {

  /** Used values a group needs before its value is CRH's weighted truth instead of the median. */
  public static final int CRH_MIN_USED = 3;

  private LabelTable() {
  }

  /** The labels of {@code observations} (columns as {@link LabelGroups#denoise} reads them). */
  public static Dataset<Row> build(Dataset<Row> observations) {
    Dataset<Row> groups = LabelGroups.denoise(observations).cache();
    Dataset<Row> truths = SourceReliability.truths(groups);
    Column crh = col("crh_value").isNotNull().and(col("n_used").geq(CRH_MIN_USED))
        .and(col("n_sources").geq(2));
    Column flags = when(crh, array_sort(array_union(col("flags"), array(lit("source_weighted")))))
        .otherwise(col("flags"));
    Column crhUncertainty = col("crh_sd").divide(sqrt(col("n_used").cast("double")));
    Dataset<Row> crhTruths = truths.select(col("label_id").as("crh_id"), col("crh_value"),
        col("crh_sd"));
    Dataset<Row> labels = groups.join(crhTruths, col("label_id").equalTo(col("crh_id")), "left")
        .drop("crh_id")
        .select(col("label_id"), col("material_id"), col("property"), col("condition"),
            when(crh, col("crh_value")).otherwise(col("value")).as("value"),
            when(crh, greatest(crhUncertainty, col("uncertainty").multiply(0.5)))
                .otherwise(col("uncertainty")).as("uncertainty"),
            col("unit"), col("n_obs"), col("n_used"),
            when(crh, lit("crh")).otherwise(col("method")).as("method"),
            flags.as("flags"),
            array_sort(expr("transform(filter(observations, o -> o.used), o -> o.meas_id)"))
                .as("used_ids"),
            array_sort(expr("transform(filter(observations, o -> NOT o.used), o -> o.meas_id)"))
                .as("rejected_ids"),
            expr("transform(filter(observations, o -> o.slip IS NOT NULL OR o.reason != ''), "
                + "o -> named_struct('meas_id', o.meas_id, 'source', o.source, "
                + "'recorded', o.recorded, 'value', o.value, "
                + "'decision', coalesce(o.slip, o.reason)))").as("corrections"),
            col("n_sources"));
    return FormationCrossCheck.apply(labels);
  }
}
