package dev.anneal.search.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.anneal.normalize.number.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The link and property joins done in Spark before indexing: every material's linked records
 * ({@code kind:id}), its numeric properties (labels, else measured values by formula), and for
 * every linked record its materials and their properties, so {@code tc>30 kind:synthesis} finds
 * the synthesis descriptions of materials with a Tc above 30 K.
 */
final class LinkedTables {

  private static final UserDefinedFunction VALUE_TEXT = udf(
      (UDF3<Double, Double, String, String>) ValueFormat::of, DataTypes.StringType);
  private static final UserDefinedFunction RANGE_TEXT = udf(
      (UDF4<Double, Double, Double, String, String>) (v, low, high, unit) -> v != null
          || low == null || high == null || low.equals(high)
          ? ValueFormat.of(v != null ? v : low, null, unit)
          : ValueFormat.plain(low) + "–" + ValueFormat.of(high, null, unit),
      DataTypes.StringType);

  /** Labels or measurements listed per material on its page. */
  static final int MAX_VALUES_SHOWN = 50;

  /** {@code curated/links.target_table} to the index's kind names. */
  private static final Map<String, String> KIND_OF_TABLE = Map.of(
      "structures", "structure", "calculations", "calculation", "synthesis", "synthesis",
      "documents", "document", "paragraphs", "paragraph", "materials", "material");

  private final Dataset<Row> pairs;   // material_id, target ("kind:id")
  private final Dataset<Row> props;   // material_id, name, value
  private final Dataset<Row> details; // material_id, detail (JSON)

  LinkedTables(IndexInputs in) {
    this.pairs = pairs(in);
    this.props = props(in);
    this.details = details(in);
  }

  /** Materials with {@code links}, {@code props} and {@code detail} columns. */
  Dataset<Row> materials(Dataset<Row> materials) {
    Dataset<Row> links = pairs.groupBy("material_id").agg(collect_set("target").as("links"));
    Dataset<Row> own = props.groupBy("material_id")
        .agg(collect_list(struct(col("name"), col("value"))).as("props"));
    return materials.join(links, "material_id", "left").join(own, "material_id", "left")
        .join(details, "material_id", "left");
  }

  /**
   * {@code rows} with {@code links} (its materials) and {@code props} (theirs), matched on
   * {@code kind:<idColumn>} and, when {@code docColumn} is given, on {@code document:<docColumn>}.
   */
  Dataset<Row> linked(Dataset<Row> rows, String kind, String idColumn, String docColumn) {
    Dataset<Row> perTarget = pairs.join(props, "material_id", "left")
        .groupBy("target")
        .agg(collect_set(concat(lit("material:"), col("material_id"))).as("m_links"),
            collect_list(when(col("name").isNotNull(), struct(col("name"), col("value"))))
                .as("m_props"));
    Dataset<Row> byId = perTarget.withColumnRenamed("target", "_t1")
        .withColumnRenamed("m_links", "l1").withColumnRenamed("m_props", "p1");
    Dataset<Row> out = rows.withColumn("_t1", concat(lit(kind + ":"), col(idColumn)))
        .join(byId, "_t1", "left");
    Column links = coalesce(col("l1"), emptyStrings());
    Column ps = coalesce(col("p1"), emptyProps());
    if (docColumn != null) {
      Dataset<Row> byDoc = perTarget.withColumnRenamed("target", "_t2")
          .withColumnRenamed("m_links", "l2").withColumnRenamed("m_props", "p2");
      out = out.withColumn("_t2", concat(lit("document:"), col(docColumn)))
          .join(byDoc, "_t2", "left");
      links = array_union(links, coalesce(col("l2"), emptyStrings()));
      ps = array_distinct(concat(ps, coalesce(col("p2"), emptyProps())));
    }
    out = out.withColumn("links", links).withColumn("props", ps);
    List<String> drop = new ArrayList<>(List.of("_t1", "l1", "p1"));
    if (docColumn != null) {
      drop.addAll(List.of("_t2", "l2", "p2"));
    }
    return out.drop(drop.toArray(new String[0]));
  }

  private static Column emptyStrings() {
    return array().cast(DataTypes.createArrayType(DataTypes.StringType));
  }

  private static Column emptyProps() {
    return array().cast(DataTypes.createArrayType(DataTypes.createStructType(List.of(
        DataTypes.createStructField("name", DataTypes.StringType, true),
        DataTypes.createStructField("value", DataTypes.DoubleType, true)))));
  }

  private static Dataset<Row> pairs(IndexInputs in) {
    Dataset<Row> m = in.materials();
    List<Dataset<Row>> parts = new ArrayList<>();
    String[][] lists = {{"structure_ids", "structure:"}, {"calc_ids", "calculation:"},
        {"synth_ids", "synthesis:"}, {"doc_ids", "document:"}};
    for (String[] l : lists) {
      if (Arrays.asList(m.columns()).contains(l[0])) {
        parts.add(m.select(col("material_id"), explode(col(l[0])).as("id"))
            .select(col("material_id"), concat(lit(l[1]), col("id")).as("target")));
      }
    }
    if (in.links() != null) {
      Column kind = lit(null).cast(DataTypes.StringType);
      for (Map.Entry<String, String> e : KIND_OF_TABLE.entrySet()) {
        kind = when(col("target_table").equalTo(e.getKey()), lit(e.getValue())).otherwise(kind);
      }
      parts.add(in.links().withColumn("_kind", kind).where(col("_kind").isNotNull())
          .select(col("material_id"), concat(col("_kind"), lit(":"), col("target_id"))
              .as("target")));
    }
    Dataset<Row> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.unionByName(parts.get(i));
    }
    return all.where(col("target").isNotNull()).distinct();
  }

  private static Dataset<Row> props(IndexInputs in) {
    if (in.labels() != null) {
      return in.labels().where(col("value").isNotNull())
          .select(col("material_id"), col("property").as("name"), col("value"));
    }
    if (in.measurements() != null) {
      Dataset<Row> byFormula = in.materials().select("material_id", "reduced_formula");
      Dataset<Row> m = in.measurements().where(col("reduced_formula").isNotNull());
      return m.join(byFormula, "reduced_formula")
          .select(col("material_id"), col("property").as("name"),
              explode(array(col("value_low"), col("value_high"))).as("value"))
          .where(col("value").isNotNull()).distinct();
    }
    return in.materials().sparkSession().emptyDataFrame()
        .select(lit("").as("material_id"), lit("").as("name"), lit(0.0).as("value"))
        .limit(0);
  }

  private static Dataset<Row> details(IndexInputs in) {
    if (in.labels() != null) {
      Dataset<Row> l = in.labels();
      List<Column> fields = new ArrayList<>();
      for (String c : List.of("label_id", "property", "condition", "value", "uncertainty",
          "unit", "n_obs", "n_used", "method", "flags")) {
        if (Arrays.asList(l.columns()).contains(c)) {
          fields.add(col(c));
        }
      }
      // What the page shows: the value rounded to its uncertainty (85.3 ± 0.3 K); the raw
      // doubles stay beside it for programs.
      if (Arrays.asList(l.columns()).contains("uncertainty")) {
        fields.add(VALUE_TEXT.apply(col("value"), col("uncertainty"), col("unit"))
            .as("value_text"));
      }
      return l.groupBy("material_id").agg(
          slice(collect_list(struct(fields.toArray(new Column[0]))), 1, MAX_VALUES_SHOWN)
              .as("labels"), count(lit(1)).as("n_labels"))
          .select(col("material_id"), to_json(struct(col("labels"), col("n_labels")))
              .as("detail"));
    }
    if (in.measurements() != null) {
      Dataset<Row> byFormula = in.materials().select("material_id", "reduced_formula");
      return in.measurements().where(col("reduced_formula").isNotNull())
          .join(byFormula, "reduced_formula")
          .groupBy("material_id").agg(slice(collect_list(struct(col("property"), col("value"),
                  col("value_low"), col("value_high"), col("unit"),
                  RANGE_TEXT.apply(col("value"), col("value_low"), col("value_high"), col("unit"))
                      .as("value_text"), col("source_uri"),
                  col("location"))), 1, MAX_VALUES_SHOWN).as("measurements"),
              count(lit(1)).as("n_measurements"))
          .select(col("material_id"), to_json(struct(col("measurements"),
              col("n_measurements"))).as("detail"));
    }
    return in.materials().select(col("material_id"), lit(null).cast(DataTypes.StringType)
        .as("detail")).limit(0);
  }
}
