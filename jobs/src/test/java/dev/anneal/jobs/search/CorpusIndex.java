package dev.anneal.jobs.search;

import static org.apache.spark.sql.functions.col;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code anneal run} over {@code examples/corpus}, once per test JVM, for the search tests.
 *
 * <p>Until the normalize and link stages write {@code raw/synthesis} (interpreted) and
 * {@code curated/links}, this adds contract-shaped stand-ins made from the corpus itself — the
 * YBCO paper's Experimental paragraph as a synthesis description, with its °C temperatures in K,
 * linked to the YBCO material — and re-runs {@code anneal index}. Once those stages exist their
 * tables are used as they are.
 */
public final class CorpusIndex {

  private static Path out;

  private CorpusIndex() {
  }

  /** The run's output directory (its index is {@code index/}). */
  public static synchronized Path out() throws Exception {
    if (out == null) {
      Path dir = Files.createTempDirectory("anneal-search-corpus");
      Path o = dir.resolve("out");
      int code = AnnealCommand.commandLine().execute("run", "--input",
          ProjectPaths.exampleCorpus().toString(), "--out", o.toString(),
          "--conf", "tokenize.seq_len=512");
      if (code != 0) {
        throw new IllegalStateException("anneal run failed with " + code);
      }
      if (addStandIns(LocalSpark.get(), o)) {
        code = AnnealCommand.commandLine().execute("index", "--out", o.toString());
        if (code != 0) {
          throw new IllegalStateException("anneal index failed with " + code);
        }
      }
      out = o;
    }
    return out;
  }

  /** The index directory. */
  public static Path index() throws Exception {
    return out().resolve("index");
  }

  private static boolean interpreted(SparkSession spark, Path synthesis) {
    return Files.exists(synthesis)
        && List.of(spark.read().parquet(synthesis.toString()).columns()).contains("operations");
  }

  private static boolean addStandIns(SparkSession spark, Path o) {
    boolean added = false;
    Path synthesis = o.resolve("raw/synthesis");
    Row ybco = spark.read().parquet(o.resolve("curated/materials").toString())
        .where(col("reduced_formula").equalTo("Ba2YCu3O7")).first();
    String materialId = ybco.getAs("material_id");
    Row para = spark.read().parquet(o.resolve("raw/paragraphs").toString())
        .where(col("section").equalTo("Experimental").and(col("text").contains("calcined"))
            .and(col("text").contains("Y2O3"))).first();
    String synthId = "standin-ybco-" + para.<String>getAs("para_id");
    if (!interpreted(spark, synthesis)) {
      List<Double> kelvin = new ArrayList<>();
      Matcher m = Pattern.compile("(\\d+) °C").matcher(para.<String>getAs("text"));
      while (m.find()) {
        kelvin.add(Double.parseDouble(m.group(1)) + 273.15);
      }
      StructType target = DataTypes.createStructType(List.of(
          DataTypes.createStructField("as_written", DataTypes.StringType, false),
          DataTypes.createStructField("reduced_formula", DataTypes.StringType, true),
          DataTypes.createStructField("chemsys", DataTypes.StringType, true),
          DataTypes.createStructField("flags", DataTypes.createArrayType(DataTypes.StringType), false)));
      StructType op = DataTypes.createStructType(List.of(
          DataTypes.createStructField("type", DataTypes.StringType, false),
          DataTypes.createStructField("text", DataTypes.StringType, false),
          DataTypes.createStructField("temperatures_k", DataTypes.createArrayType(DataTypes.DoubleType), false),
          DataTypes.createStructField("durations_s", DataTypes.createArrayType(DataTypes.DoubleType), false),
          DataTypes.createStructField("heating_rate_k_per_s", DataTypes.DoubleType, true),
          DataTypes.createStructField("atmosphere", DataTypes.StringType, false)));
      StructType precursor = DataTypes.createStructType(List.of(
          DataTypes.createStructField("name", DataTypes.StringType, false),
          DataTypes.createStructField("formula_as_written", DataTypes.StringType, false),
          DataTypes.createStructField("reduced_formula", DataTypes.StringType, true),
          DataTypes.createStructField("quantity", DataTypes.StringType, false),
          DataTypes.createStructField("unit", DataTypes.StringType, false)));
      StructType schema = DataTypes.createStructType(List.of(
          DataTypes.createStructField("synth_id", DataTypes.StringType, false),
          DataTypes.createStructField("source_uri", DataTypes.StringType, false),
          DataTypes.createStructField("source_kind", DataTypes.StringType, false),
          DataTypes.createStructField("doc_id", DataTypes.StringType, true),
          DataTypes.createStructField("para_id", DataTypes.StringType, true),
          DataTypes.createStructField("sample_id", DataTypes.StringType, false),
          DataTypes.createStructField("text", DataTypes.StringType, false),
          DataTypes.createStructField("score", DataTypes.DoubleType, false),
          DataTypes.createStructField("method", DataTypes.StringType, false),
          DataTypes.createStructField("targets", DataTypes.createArrayType(target), false),
          DataTypes.createStructField("precursors", DataTypes.createArrayType(precursor), false),
          DataTypes.createStructField("operations", DataTypes.createArrayType(op), false)));
      Row row = RowFactory.create(synthId, "file:/examples/corpus/papers/ybco_solid_state_synthesis.md",
          "literature", para.getAs("doc_id"), para.getAs("para_id"), "", para.getAs("text"), 0.9,
          "solid_state",
          List.of(RowFactory.create("YBa2Cu3O7", "Ba2YCu3O7", "Ba-Cu-O-Y", List.of())),
          List.of(RowFactory.create("Y2O3", "Y2O3", "Y2O3", "0.5", ""),
              RowFactory.create("BaCO3", "BaCO3", "BaCO3", "2", ""),
              RowFactory.create("CuO", "CuO", "CuO", "3", "")),
          List.of(RowFactory.create("calcine", "calcined at 900 °C for 12 h in air", kelvin,
              List.of(43200.0), null, "air")));
      spark.createDataFrame(List.of(row), schema).write().mode(SaveMode.Overwrite)
          .parquet(synthesis.toString());
      added = true;
    }
    Path links = o.resolve("curated/links");
    if (added && !Files.exists(links)) {
      StructType schema = DataTypes.createStructType(List.of(
          DataTypes.createStructField("material_id", DataTypes.StringType, false),
          DataTypes.createStructField("kind", DataTypes.StringType, false),
          DataTypes.createStructField("target_table", DataTypes.StringType, false),
          DataTypes.createStructField("target_id", DataTypes.StringType, false),
          DataTypes.createStructField("score", DataTypes.DoubleType, false),
          DataTypes.createStructField("evidence", DataTypes.createArrayType(DataTypes.StringType), false),
          DataTypes.createStructField("flags", DataTypes.createArrayType(DataTypes.StringType), false)));
      Dataset<Row> rows = spark.createDataFrame(List.of(
          RowFactory.create(materialId, "synthesized_in", "synthesis", synthId, 0.9,
              List.of("reduced_formula"), List.of()),
          RowFactory.create(materialId, "mentioned_in", "documents", para.getAs("doc_id"), 0.9,
              List.of("reduced_formula"), List.of())), schema);
      rows.write().mode(SaveMode.Overwrite).parquet(links.toString());
      added = true;
    }
    return added;
  }

}
