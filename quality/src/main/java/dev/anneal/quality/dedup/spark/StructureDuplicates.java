package dev.anneal.quality.dedup.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Structure duplicates: the same reduced formula and space group with a volume per site within a
 * relative tolerance (structures sorted by volume per site, a gap above the tolerance starts a new
 * group). The most complete structure is kept (space group symbol, formula as written, oxidation
 * states, fewest reader warnings), then the lowest energy per atom where the table has one.
 */
public final class StructureDuplicates {

  private StructureDuplicates() {
  }

  /**
   * Structures to remove, columns {@code id}, {@code kept_id}, {@code message}, from a table
   * shaped like {@code raw/structures} (an {@code energy_per_atom_ev} column is used if present).
   */
  public static Dataset<Row> find(Dataset<Row> structures, double volumeTolerance) {
    boolean hasEnergy = Arrays.asList(structures.columns()).contains("energy_per_atom_ev");
    Column energy = hasEnergy ? col("energy_per_atom_ev").cast("double") : lit(null).cast("double");
    Column completeness = when(col("spacegroup_symbol").notEqual(""), 1).otherwise(0)
        .plus(when(col("formula_as_written").notEqual(""), 1).otherwise(0))
        .plus(when(size(org.apache.spark.sql.functions.filter(col("sites"),
            s -> s.getField("oxidation_state").isNotNull())).gt(0), 1).otherwise(0))
        .minus(size(col("warnings")).cast("double").multiply(0.01));
    Dataset<Row> s = structures
        .where(col("spacegroup_number").isNotNull().and(col("nsites").gt(0))
            .and(col("volume").gt(0)))
        .select(col("structure_id").as("id"), col("reduced_formula"), col("spacegroup_number"),
            col("volume").divide(col("nsites")).as("vpa"), completeness.as("completeness"),
            coalesce(energy.multiply(-1), lit(Double.NEGATIVE_INFINITY)).as("neg_energy"));
    WindowSpec byKind = Window.partitionBy("reduced_formula", "spacegroup_number")
        .orderBy("vpa", "id");
    Dataset<Row> grouped = s
        .withColumn("gap", when(lag("vpa", 1).over(byKind).isNull()
            .or(col("vpa").gt(lag("vpa", 1).over(byKind).multiply(1 + volumeTolerance))), 1)
            .otherwise(0))
        .withColumn("cluster", sum("gap").over(byKind.rowsBetween(Window.unboundedPreceding(),
            Window.currentRow())));
    Dataset<Row> keepers = grouped.groupBy("reduced_formula", "spacegroup_number", "cluster")
        .agg(max(struct(col("completeness"), col("neg_energy"), col("id"))).getField("id")
            .as("kept_id"));
    return grouped.join(keepers, scala.collection.JavaConverters.asScalaBuffer(
            java.util.List.of("reduced_formula", "spacegroup_number", "cluster")).toSeq())
        .where(col("id").notEqual(col("kept_id")))
        .select(col("id"), col("kept_id"), org.apache.spark.sql.functions.concat(
            lit("same reduced formula "), col("reduced_formula"), lit(", space group "),
            col("spacegroup_number").cast("string"), lit(" and volume per site within "),
            lit(String.format(java.util.Locale.ROOT, "%.1f%%", volumeTolerance * 100)),
            lit(" of the structure kept")).as("message"));
  }
}
