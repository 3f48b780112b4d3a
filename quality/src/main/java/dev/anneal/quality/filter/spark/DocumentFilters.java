package dev.anneal.quality.filter.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.anneal.quality.filter.TextFilter;
import dev.anneal.quality.filter.Verdict;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Runs {@link TextFilter} over a table and returns the dropped records with their verdicts. */
public final class DocumentFilters {

  /** The schema of what is dropped: {@code id}, {@code reason}, {@code message}. */
  public static final StructType DROPPED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false)));

  private DocumentFilters() {
  }

  /**
   * The records of {@code table} that fail a filter. The {@code language} column is used when
   * the table has one; length rules apply when {@code lengthRules}.
   */
  public static Dataset<Row> dropped(Dataset<Row> table, String idColumn, String textColumn,
                                     TextFilter filter, boolean lengthRules) {
    boolean hasLanguage = Arrays.asList(table.columns()).contains("language");
    FlatMapFunction<Row, Row> f = r -> {
      Verdict v = filter.check(r.getString(1), r.isNullAt(2) ? null : r.getString(2), lengthRules);
      return v == null ? Collections.emptyIterator()
          : List.of(RowFactory.create(r.getString(0), v.reason(), v.message())).iterator();
    };
    return table.select(col(idColumn), col(textColumn),
            hasLanguage ? col("language").cast("string") : lit(null).cast("string"))
        .flatMap(f, Encoders.row(DROPPED));
  }
}
