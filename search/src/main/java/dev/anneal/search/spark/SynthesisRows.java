package dev.anneal.search.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Brings {@code raw/synthesis} to one shape for indexing, whether it is the interpreted contract
 * (targets as structs with reduced formulas, operations with temperatures in K) or ingest's
 * earlier shape (targets as written, no operations).
 */
final class SynthesisRows {

  private SynthesisRows() {
  }

  static Dataset<Row> shape(Dataset<Row> synthesis, Dataset<Row> documents) {
    List<String> cols = Arrays.asList(synthesis.columns());
    StructType schema = synthesis.schema();
    boolean structTargets = schema.apply("targets").dataType() instanceof ArrayType a
        && a.elementType() instanceof StructType;
    Column names = structTargets ? expr("transform(targets, t -> t.as_written)") : col("targets");
    Column formulas = structTargets
        ? expr("filter(transform(targets, t -> t.reduced_formula), f -> f is not null)")
        : array().cast(DataTypes.createArrayType(DataTypes.StringType));
    Column temperatures = cols.contains("operations")
        ? expr("flatten(transform(operations, o -> coalesce(o.temperatures_k, array())))")
        : array().cast(DataTypes.createArrayType(DataTypes.DoubleType));
    Column precursors = cols.contains("precursors")
        ? expr("transform(precursors, p -> p.name)")
        : array().cast(DataTypes.createArrayType(DataTypes.StringType));
    List<Column> detail = new ArrayList<>();
    for (String c : List.of("source_uri", "source_kind", "sample_id", "doc_id", "para_id", "method",
        "score", "targets", "precursors", "operations")) {
      if (cols.contains(c)) {
        detail.add(col(c));
      }
    }
    Dataset<Row> out = synthesis.select(col("synth_id"), col("text"),
        cols.contains("doc_id") ? col("doc_id") : lit(null).cast("string").as("doc_id"),
        cols.contains("para_id") ? col("para_id") : lit(null).cast("string").as("para_id"),
        cols.contains("method") ? col("method") : lit("").as("method"),
        names.cast(DataTypes.createArrayType(DataTypes.StringType)).as("target_names"),
        formulas.cast(DataTypes.createArrayType(DataTypes.StringType)).as("target_formulas"),
        precursors.cast(DataTypes.createArrayType(DataTypes.StringType)).as("precursor_names"),
        temperatures.cast(DataTypes.createArrayType(DataTypes.DoubleType)).as("temperatures"),
        to_json(struct(detail.toArray(new Column[0]))).as("detail"));
    return out.join(documents.select(col("doc_id"), col("year")), out.col("doc_id")
        .equalTo(documents.col("doc_id")), "left").drop(documents.col("doc_id"));
  }
}
