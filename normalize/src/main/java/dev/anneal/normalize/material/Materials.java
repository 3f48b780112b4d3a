package dev.anneal.normalize.material;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/** Builds {@code curated/materials} by grouping records under their material identity. */
public final class Materials {

  private static final UserDefinedFunction MATERIAL_ID = udf(
      (UDF2<String, Integer, String>) MaterialId::of, DataTypes.StringType);

  private Materials() {
  }

  /** The material id column for rows with {@code reduced_formula} and {@code spacegroup_number}. */
  public static Column materialId() {
    return MATERIAL_ID.apply(col("reduced_formula"), col("spacegroup_number"));
  }

  /**
   * One row per (reduced formula, space group) among the structures, with the ids of the
   * structures that make it up. Distributed: a group-by, nothing collected on the driver.
   */
  public static Dataset<Row> fromStructures(Dataset<Row> structures) {
    Column emptyIds = array().cast(DataTypes.createArrayType(DataTypes.StringType));
    return structures
        .groupBy(col("reduced_formula"), col("spacegroup_number"))
        .agg(first("chemsys").as("chemsys"),
            first("elements").as("elements"),
            sort_array(collect_set("structure_id")).as("structure_ids"),
            count(lit(1)).cast(DataTypes.IntegerType).as("n_structures"))
        .withColumn("material_id", materialId())
        .withColumn("calc_ids", emptyIds)
        .withColumn("synth_ids", emptyIds)
        .withColumn("doc_ids", emptyIds)
        .select("material_id", "reduced_formula", "chemsys", "elements", "spacegroup_number",
            "structure_ids", "calc_ids", "synth_ids", "doc_ids", "n_structures");
  }

  /** Each structure's material id, for joining structures to their material. */
  public static Dataset<Row> structureMaterial(Dataset<Row> structures) {
    return structures.select(col("structure_id"), materialId().as("material_id"));
  }
}
