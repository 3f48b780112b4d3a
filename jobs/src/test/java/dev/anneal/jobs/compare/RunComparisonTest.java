package dev.anneal.jobs.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.schema.RawSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing two runs' tables, including a quarantine that holds no rows (no files to infer from). */
class RunComparisonTest {

  private static final StructType ROWS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false)));

  @TempDir
  Path dir;

  private static void run(SparkSession spark, Path out, List<String> ids) throws Exception {
    List<Row> rows = ids.stream().map(i -> RowFactory.create(i)).toList();
    spark.createDataFrame(rows, ROWS).write().parquet(out.resolve("raw/structures").toString());
    // What a run without quarantined input leaves: the table's folder, no partition files.
    Dataset<Row> none = spark.createDataFrame(List.of(), RawSchemas.QUARANTINE);
    none.write().partitionBy("stage").parquet(out.resolve("raw/quarantine").toString());
    Files.createDirectories(out.resolve("raw/quarantine"));
  }

  @Test
  void runsWithAnEmptyQuarantineAreComparedAndTheirDifferencesFound() throws Exception {
    SparkSession spark = LocalSpark.get();
    run(spark, dir.resolve("a"), List.of("s1", "s2"));
    run(spark, dir.resolve("b"), List.of("s1", "s2"));
    run(spark, dir.resolve("c"), List.of("s1", "s3"));

    List<String> checked = new ArrayList<>();
    assertEquals(List.of(), RunComparison.differences(spark, dir.resolve("a").toString(),
        dir.resolve("b").toString(), checked));
    assertTrue(checked.contains("raw/quarantine: 0 rows"), checked.toString());

    List<String> diffs = RunComparison.differences(spark, dir.resolve("a").toString(),
        dir.resolve("c").toString(), new ArrayList<>());
    assertEquals(1, diffs.size(), diffs.toString());
    assertTrue(diffs.get(0).startsWith("raw/structures: 1 rows only in"), diffs.toString());
  }
}
