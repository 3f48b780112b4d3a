package dev.anneal.tokenize.render;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Joins the words of provenance onto rows before rendering: the title and year of the paper a
 * record was read from ({@code paper_title}, {@code paper_year}), and for a label the sources of
 * the measurements it used ({@code sources}, e.g. "lab log tc_measurements.csv").
 */
public final class SourceNames {

  private static final UserDefinedFunction SOURCE = functions.udf(
      (UDF4<String, String, String, Integer, String>) (kind, uri, title, year) -> {
        String paper = Provenance.paper(title, year);
        return paper != null ? paper : Provenance.of(kind, uri, null, null);
      }, DataTypes.StringType);

  private SourceNames() {
  }

  /** {@code rows} with {@code paper_title} and {@code paper_year} of their {@code doc_id}. */
  public static Dataset<Row> byDocId(Dataset<Row> rows, Dataset<Row> documents) {
    if (!has(rows, "doc_id") || documents == null) {
      return rows;
    }
    return rows.join(papers(documents, "p_doc_id", "doc_id"),
        rows.col("doc_id").equalTo(col("p_doc_id")), "left").drop("p_doc_id");
  }

  /**
   * {@code rows} with {@code paper_title} and {@code paper_year} of the document read from the
   * same file ({@code source_uri}): values mined from a paper.
   */
  public static Dataset<Row> bySourceUri(Dataset<Row> rows, Dataset<Row> documents) {
    if (!has(rows, "source_uri") || documents == null) {
      return rows;
    }
    Dataset<Row> byUri = papers(documents, "p_uri", "source_uri")
        .dropDuplicates("p_uri");
    return rows.join(byUri, rows.col("source_uri").equalTo(col("p_uri")), "left").drop("p_uri");
  }

  /**
   * {@code labels} with {@code sources} (array of words, one per distinct source of the used
   * measurements) and {@code decisions} (array of the corrections' decisions).
   */
  public static Dataset<Row> labelSources(Dataset<Row> labels, Dataset<Row> measurements,
                                          Dataset<Row> documents) {
    Dataset<Row> out = labels;
    if (has(labels, "corrections")) {
      out = out.withColumn("decisions", expr("transform(corrections, c -> c.decision)"));
    }
    if (measurements == null || !has(labels, "used_ids")) {
      return out;
    }
    Dataset<Row> used = labels.select(col("label_id").as("s_label_id"),
            explode(col("used_ids")).as("s_meas_id"))
        .join(bySourceUri(measurements.select("meas_id", "source_uri", "source_kind"), documents),
            col("s_meas_id").equalTo(col("meas_id")))
        .select(col("s_label_id"), SOURCE.apply(col("source_kind"), col("source_uri"),
            col("paper_title"), col("paper_year").cast("int")).as("s_source"))
        .groupBy("s_label_id").agg(functions.array_sort(collect_set("s_source")).as("sources"));
    return out.join(used, out.col("label_id").equalTo(col("s_label_id")), "left")
        .drop("s_label_id");
  }

  /** The paper of a row joined by {@link #byDocId} or {@link #bySourceUri}, in words, or null. */
  static String paperOf(Row r) {
    Object year = RowViews.get(r, "paper_year");
    return Provenance.paper(RowViews.get(r, "paper_title"),
        year == null ? null : ((Number) year).intValue());
  }

  private static Dataset<Row> papers(Dataset<Row> documents, String keyName, String key) {
    Column year = has(documents, "year") ? col("year").cast("int") : lit(null).cast("int");
    return documents.select(col(key).as(keyName), col("title").as("paper_title"),
        year.as("paper_year"));
  }

  private static boolean has(Dataset<Row> d, String column) {
    return Arrays.asList(d.columns()).contains(column);
  }

  static List<String> names(Row r) {
    return RowViews.list(r, "sources");
  }
}
