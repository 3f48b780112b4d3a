package dev.anneal.normalize.label.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import dev.anneal.normalize.label.ConditionBucket;
import dev.anneal.normalize.label.PropertyClass;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.JavaConverters;

/**
 * The observations label denoising reads, from {@code raw/measurements} of material properties
 * ({@link PropertyClass}; process parameters are left out) joined to their {@code measured_on}
 * links: a measurement linked to two polymorphs (ambiguous) counts for both.
 * The source of a value is its record's group (the mined paper of a SuperMat row), else a
 * {@code filename} context column, else the operator, else the file.
 */
public final class LabelInputs {

  private static final UserDefinedFunction BUCKET = udf((UDF1<scala.collection.Map<String, String>,
      String>) m -> ConditionBucket.of(m == null ? null
      : JavaConverters.mapAsJavaMap(m)), DataTypes.StringType);

  private static final UserDefinedFunction ATOMS = udf((UDF1<String, Double>) f -> {
    FormulaResult r = f == null ? null : FormulaParser.parse(f);
    if (r instanceof FormulaResult.Parsed p && !p.composition().isEmpty()) {
      Composition c = p.composition();
      return c.numAtoms() / c.formulaUnits();
    }
    return 0.0;
  }, DataTypes.DoubleType);

  private static final UserDefinedFunction MATERIAL_PROPERTY = udf(
      (UDF1<String, Boolean>) PropertyClass::isMaterialProperty, DataTypes.BooleanType);

  private LabelInputs() {
  }

  /**
   * Observations of {@code measurements} under the materials of {@code links}; {@code labRecords}
   * (may be null) gives each record's group, the mined document a SuperMat row comes from.
   */
  public static Dataset<Row> of(Dataset<Row> measurements, Dataset<Row> links,
                                Dataset<Row> labRecords) {
    Dataset<Row> measuredOn = links.where(col("kind").equalTo("measured_on"))
        .select(col("target_id").as("meas_id"), col("material_id"));
    // Synthesis temperatures, dwell times and heating rates say how a sample was made, not what
    // the material is: they stay with the synthesis description instead of becoming labels.
    Dataset<Row> m = measurements
        .where(col("value").isNotNull().or(col("value_low").isNotNull()))
        .where(MATERIAL_PROPERTY.apply(col("property")))
        .join(measuredOn, "meas_id");
    Column group = lit("");
    if (labRecords != null) {
      // raw/measurements says where a value stands (line N, entry N); lab records say its group.
      Dataset<Row> groups = labRecords.select(col("source_uri").as("g_uri"),
              explode(array(concat(lit("line "), col("row_number").cast("string")),
                  concat(lit("entry "), col("row_number").cast("string")))).as("g_location"),
              col("group").as("g_group"))
          .where(col("g_group").notEqual(""))
          .dropDuplicates("g_uri", "g_location");
      m = m.join(groups, col("source_uri").equalTo(col("g_uri"))
          .and(col("location").equalTo(col("g_location"))), "left");
      group = col("g_group");
    }
    return m
        .select(col("material_id"), col("property"),
            BUCKET.apply(col("conditions")).as("condition"), col("unit"), col("meas_id"),
            coalesce(blankToNull(group), blankToNull(col("context").getItem("filename")),
                blankToNull(col("operator")), col("source_uri")).as("source"),
            coalesce(col("value"), col("value_low").plus(col("value_high")).divide(2))
                .cast("double").as("value"),
            ATOMS.apply(col("reduced_formula")).as("natoms"));
  }

  private static Column blankToNull(Column c) {
    return when(c.equalTo(lit("")), lit(null).cast("string")).otherwise(c);
  }
}
