package dev.anneal.jobs.stage;

import dev.anneal.ingest.testing.LocalSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes {@link #rows} with {@link Tables#write} into the folder {@code args[0]}: run in a child
 * JVM by {@link TableFootersTest} to compare another process's bytes with the test's own.
 */
public final class TableWriterMain {

  private TableWriterMain() {
  }

  /** A small table whose columns have several encodings each (dictionary, plain, levels). */
  static Dataset<Row> rows(SparkSession spark) {
    StructType schema = new StructType()
        .add("id", DataTypes.LongType, false)
        .add("element", DataTypes.StringType, true)
        .add("energy_ev", DataTypes.DoubleType, true);
    String[] elements = {"Fe", "O", "Si", "Cu", "Ni"};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(RowFactory.create((long) i, i % 7 == 0 ? null : elements[i % elements.length],
          i % 11 == 0 ? null : -3.5 + i * 0.01));
    }
    return spark.createDataFrame(rows, schema);
  }

  /** Writes the table into {@code args[0]}. */
  public static void main(String[] args) {
    SparkSession spark = LocalSpark.get();
    Tables.write(rows(spark), args[0]);
    spark.stop();
  }
}
