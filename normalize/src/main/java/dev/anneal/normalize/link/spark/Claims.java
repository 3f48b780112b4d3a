package dev.anneal.normalize.link.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.anneal.schema.LinkSchemas;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What each source table claims about materials, as {@link LinkSchemas#SOURCE} rows: the formula
 * field, the text that may name a phase, and the base confidence of the kind of record.
 */
public final class Claims {

  /** Base confidence of a formula found in running text rather than in a formula field. */
  public static final double MENTION_BASE = 0.7;

  private Claims() {
  }

  /** Structures: {@code structure_of}, with their own space group; file names as phase hints. */
  public static Dataset<Row> structures(Dataset<Row> structures) {
    return shape(structures, "structures", col("structure_id"), "structure_of",
        col("reduced_formula"), col("formula_as_written"),
        col("spacegroup_number").cast(DataTypes.IntegerType),
        concat_ws(" ", col("block_name"), col("source_uri")), lit(1.0));
  }

  /**
   * Calculations: {@code computed_for}, by their final structure's formula, with the volume per
   * atom of the final (else the initial) cell to tell polymorphs apart.
   */
  public static Dataset<Row> calculations(Dataset<Row> calculations) {
    Column cell = coalesce(col("final_structure"), col("initial_structure"));
    Column perAtom = when(cell.getField("nsites").gt(0),
        cell.getField("volume").divide(cell.getField("nsites")));
    return shape(calculations.where(col("reduced_formula").isNotNull()), "calculations",
        col("calc_id"), "computed_for", col("reduced_formula"), lit(null).cast("string"),
        lit(null).cast(DataTypes.IntegerType), col("source_uri"), lit(1.0), perAtom);
  }

  /** Measurements: {@code measured_on}; the material cell and notes may name the phase. */
  public static Dataset<Row> measurements(Dataset<Row> measurements) {
    return shape(measurements, "measurements", col("meas_id"), "measured_on",
        col("reduced_formula"), col("material"), lit(null).cast(DataTypes.IntegerType),
        concat_ws(" ", col("material"), col("notes")), lit(1.0));
  }

  /**
   * Synthesis descriptions: {@code synthesized_in}, one claim per target. Reads both the
   * interpreted contract (targets as structs with {@code as_written} and {@code reduced_formula},
   * a {@code score}) and ingest's first form (targets as strings).
   */
  public static Dataset<Row> synthesis(Dataset<Row> synthesis) {
    StructType schema = synthesis.schema();
    boolean structs = ((ArrayType) schema.apply("targets").dataType()).elementType()
        instanceof StructType;
    Column score = Arrays.asList(schema.fieldNames()).contains("score")
        ? lit(0.6).plus(lit(0.4).multiply(coalesce(col("score"), lit(1.0)))) : lit(1.0);
    Dataset<Row> targets = synthesis.select(col("synth_id"), col("text"), score.as("base"),
        explode(col("targets")).as("t"));
    Column asWritten = structs ? col("t.as_written") : col("t");
    Column reduced = structs ? col("t.reduced_formula") : lit(null).cast("string");
    return shape(targets, "synthesis", col("synth_id"), "synthesized_in", asWritten, reduced,
        lit(null).cast(DataTypes.IntegerType), col("text"), col("base"));
  }

  /** Paragraphs: {@code mentioned_in} for every formula in the text. */
  public static Dataset<Row> paragraphs(Dataset<Row> paragraphs) {
    return shape(paragraphs, "paragraphs", col("para_id"), ClaimReading.MENTION,
        lit(null).cast("string"), lit(null).cast("string"), lit(null).cast(DataTypes.IntegerType),
        col("text"), lit(MENTION_BASE));
  }

  private static Dataset<Row> shape(Dataset<Row> in, String table, Column id, String kind,
                                    Column formula, Column fallback, Column sg, Column hints,
                                    Column base) {
    return shape(in, table, id, kind, formula, fallback, sg, hints, base, lit(null));
  }

  private static Dataset<Row> shape(Dataset<Row> in, String table, Column id, String kind,
                                    Column formula, Column fallback, Column sg, Column hints,
                                    Column base, Column volumePerAtom) {
    return in.select(lit(table).as("target_table"), id.as("target_id"), lit(kind).as("kind"),
        formula.cast("string").as("formula_text"), fallback.cast("string").as("fallback_formula"),
        sg.as("explicit_sg"), hints.as("hint_text"), base.cast("double").as("base"),
        volumePerAtom.cast("double").as("volume_per_atom"));
  }
}
