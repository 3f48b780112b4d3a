package dev.anneal.normalize.material;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Builds {@code curated/materials} from {@code curated/links}: one row per material any link
 * names (as its material or as a {@code doped_variant_of} target), with the ids of its records
 * per table. Group-bys and a join; nothing collected on the driver.
 */
public final class MaterialTable {

  private static final StructType FACTS = new StructType()
      .add("chemsys", DataTypes.StringType, false)
      .add("elements", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final UserDefinedFunction FACTS_OF = udf((UDF1<String, Row>) f -> {
    FormulaResult r = FormulaParser.parse(f);
    Composition c = r instanceof FormulaResult.Parsed p ? p.composition() : null;
    return c == null ? RowFactory.create("", JavaConverters.asScalaBuffer(
        java.util.List.<String>of()).toSeq())
        : RowFactory.create(c.chemsys(), JavaConverters.asScalaBuffer(c.elements()).toSeq());
  }, FACTS);

  private MaterialTable() {
  }

  /**
   * The materials of {@code keys} (distinct {@code material_id}, {@code reduced_formula},
   * {@code spacegroup_number}) with the record ids {@code links} attach to them.
   */
  public static Dataset<Row> build(Dataset<Row> keys, Dataset<Row> links) {
    Dataset<Row> ids = links.groupBy("material_id").agg(
        ids(links, "structures").as("structure_ids"),
        ids(links, "calculations").as("calc_ids"),
        ids(links, "synthesis").as("synth_ids"),
        ids(links, "documents").as("doc_ids"),
        ids(links, "measurements").as("meas_ids"),
        ids(links, "paragraphs").as("para_ids"),
        array_sort(collect_set(when(col("kind").equalTo("doped_variant_of"),
            col("target_id")))).as("parent_ids"),
        count(lit(1)).cast(DataTypes.IntegerType).as("n_links"));
    Column empty = lit(new String[0]).cast("array<string>");
    Dataset<Row> joined = keys.dropDuplicates("material_id").join(ids, "material_id", "left");
    for (String c : new String[] {"structure_ids", "calc_ids", "synth_ids", "doc_ids", "meas_ids",
        "para_ids", "parent_ids"}) {
      joined = joined.withColumn(c, when(col(c).isNull(), empty).otherwise(col(c)));
    }
    return joined
        .withColumn("facts", FACTS_OF.apply(col("reduced_formula")))
        .withColumn("n_links", when(col("n_links").isNull(), lit(0)).otherwise(col("n_links")))
        .select(col("material_id"), col("reduced_formula"), col("facts.chemsys").as("chemsys"),
            col("facts.elements").as("elements"), col("spacegroup_number"),
            col("structure_ids"), col("calc_ids"), col("synth_ids"), col("doc_ids"),
            size(col("structure_ids")).as("n_structures"), col("meas_ids"), col("para_ids"),
            col("parent_ids"), col("n_links"));
  }

  private static Column ids(Dataset<Row> links, String table) {
    return array_sort(collect_set(when(col("target_table").equalTo(table)
        .and(col("kind").notEqual("doped_variant_of")), col("target_id"))));
  }
}
