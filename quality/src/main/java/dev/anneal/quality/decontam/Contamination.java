package dev.anneal.quality.decontam;

import static org.apache.spark.sql.functions.col;

import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Finds the rows of a table whose text shares an n-gram with an evaluation set (broadcast). */
public final class Contamination {

  /** What is found: {@code id}, {@code benchmark}, {@code message}. */
  public static final StructType FOUND = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("benchmark", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false)));

  private Contamination() {
  }

  /** The contaminated rows of {@code table}. */
  public static Dataset<Row> find(Dataset<Row> table, String idColumn, String textColumn,
                                  NgramIndex index, int n) {
    Broadcast<NgramIndex> b = new org.apache.spark.api.java.JavaSparkContext(
        table.sparkSession().sparkContext()).broadcast(index);
    FlatMapFunction<Row, Row> f = r -> {
      String bench = b.value().match(r.getString(1));
      return bench == null ? Collections.emptyIterator()
          : List.of(RowFactory.create(r.getString(0), bench, "shares a word " + n
              + "-gram with evaluation set " + bench)).iterator();
    };
    return table.select(col(idColumn), col(textColumn)).flatMap(f, Encoders.row(FOUND));
  }
}
