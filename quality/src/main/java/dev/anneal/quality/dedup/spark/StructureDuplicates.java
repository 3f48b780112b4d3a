package dev.anneal.quality.dedup.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
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
 * states, fewest reader warnings), then the lowest energy per atom where one is known: the
 * structure table's own {@code energy_per_atom_ev}, else that of a converged calculation whose
 * final cell has the same reduced formula and a volume per site within the same tolerance.
 */
public final class StructureDuplicates {

  private StructureDuplicates() {
  }

  /** {@link #find(Dataset, Dataset, double)} without calculation energies. */
  public static Dataset<Row> find(Dataset<Row> structures, double volumeTolerance) {
    return find(structures, null, volumeTolerance);
  }

  /**
   * The energies a structure can inherit, columns {@code reduced_formula}, {@code vpa} (Å³ per
   * site), {@code energy_per_atom_ev}: one row per converged calculation with an energy and a
   * final cell, from a table shaped like {@code raw/calculations}.
   */
  public static Dataset<Row> energies(Dataset<Row> calculations) {
    return calculations
        .where(col("converged").and(col("energy_per_atom_ev").isNotNull())
            .and(col("final_structure").isNotNull())
            .and(col("final_structure.nsites").gt(0)).and(col("final_structure.volume").gt(0)))
        .select(col("final_structure.reduced_formula").as("reduced_formula"),
            col("final_structure.volume").divide(col("final_structure.nsites")).as("vpa"),
            col("energy_per_atom_ev"));
  }

  /**
   * Structures to remove, columns {@code id}, {@code kept_id}, {@code message}, from a table
   * shaped like {@code raw/structures} (an {@code energy_per_atom_ev} column is used if present)
   * and, when not null, {@code energies} as {@link #energies(Dataset)} gives them.
   */
  public static Dataset<Row> find(Dataset<Row> structures, Dataset<Row> energies,
                                  double volumeTolerance) {
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
            energy.as("own_energy"));
    Column known = col("own_energy");
    if (energies != null) {
      s = s.join(matchedEnergies(s, energies, volumeTolerance), "id", "left");
      known = coalesce(col("own_energy"), col("calc_energy"));
    }
    s = s.withColumn("neg_energy",
        coalesce(known.multiply(-1), lit(Double.NEGATIVE_INFINITY)));
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

  /**
   * Per structure id, the lowest energy per atom among {@code energies} of its reduced formula
   * with a volume per site within the tolerance ({@code calc_energy}). Volumes are binned on a
   * log scale and each energy is offered to its bin and both neighbours, so the join stays an
   * equi-join however many calculations share a formula. A bin is {@code -ln(1 - tolerance)}
   * wide, the largest log distance two volumes within the tolerance can have.
   */
  private static Dataset<Row> matchedEnergies(Dataset<Row> structures, Dataset<Row> energies,
                                              double tolerance) {
    double width = tolerance >= 1 ? Double.POSITIVE_INFINITY
        : -Math.log1p(-Math.max(tolerance, 1e-9));
    Column bin = floor(log(col("vpa")).divide(width)).cast("long");
    Dataset<Row> offered = energies.where(col("vpa").gt(0))
        .select(col("reduced_formula"), col("vpa").as("calc_vpa"), col("energy_per_atom_ev"),
            explode(array(bin.minus(1), bin, bin.plus(1))).as("bin"));
    Dataset<Row> wanted = structures.select(col("id"), col("reduced_formula"), col("vpa"),
        bin.as("bin"));
    Column withinTolerance = abs(col("calc_vpa").divide(col("vpa")).minus(1)).leq(tolerance);
    return wanted.join(offered, scala.collection.JavaConverters.asScalaBuffer(
            java.util.List.of("reduced_formula", "bin")).toSeq())
        .where(withinTolerance)
        .groupBy("id").agg(min("energy_per_atom_ev").as("calc_energy"));
  }
}
