package dev.anneal.normalize.synthesis.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.spark.RawRows;
import dev.anneal.schema.RawSchemas;
import dev.anneal.ingest.synthesis.SynthesisRecord;
import dev.anneal.ingest.testing.LocalSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthesis table's record barrier on real Parquet: a {@code raw/synthesis_records} row
 * whose precursor list is null (a nullable column in a table another tool wrote; reading the
 * record throws) is quarantined at stage {@code normalize}, and every other record's
 * {@code raw/synthesis} row is the same, column for column, as in a run without it.
 */
class SynthesisTableBarrierTest {

  @TempDir
  Path dir;

  @Test
  void aRecordThatCannotBeReadIsQuarantinedAndTheOtherSynthesisRowsAreUnchanged() {
    SparkSession spark = LocalSpark.get();
    List<Row> good = new ArrayList<>();
    String[][] recipes = {{"BaTiO3", "BaCO3", "calcined at 1100 °C for 4 h"},
        {"LiFePO4", "Li2CO3", "heated to 700 °C for 10 h under Ar"},
        {"Na0.7CoO2", "Na2CO3", "fired at 850 °C for 12 h in O2"}};
    for (int i = 0; i < recipes.length; i++) {
      good.add(RawRows.synthesisRecord(new SynthesisRecord("r" + i, "file:/in/r.jsonl",
          "line " + (i + 1), "recipes", "", "", recipes[i][0] + " was " + recipes[i][2] + ".",
          List.of(recipes[i][0]), List.of(new SynthesisRecord.Precursor(recipes[i][1],
          recipes[i][1], "1", "g")), List.of())));
    }
    Row poison = RawRows.synthesisRecord(new SynthesisRecord("bad", "file:/in/r.jsonl", "line 9",
        "recipes", "", "", "CuO was ground.", List.of("CuO"), List.of(), List.of()));
    List<Row> withPoison = new ArrayList<>(good);
    withPoison.add(1, poison);

    Dataset<Row> clean = run(spark, good, "clean");
    Dataset<Row> poisoned = run(spark, withPoison, "poisoned");

    assertEquals(0, SynthesisTable.table(clean, "quarantine").count());
    List<Row> faults = SynthesisTable.table(poisoned, "quarantine").collectAsList();
    assertEquals(1, faults.size(), faults.toString());
    Row f = faults.get(0);
    assertEquals("normalize", f.getAs("stage"));
    assertEquals("internal.exception", f.getAs("reason"));
    assertEquals("file:/in/r.jsonl", f.getAs("source_uri"));
    assertEquals("line 9", f.getAs("location"));
    assertTrue(f.<String>getAs("message").startsWith(
        "interpreting the synthesis record failed: java.lang.NullPointerException"),
        f.<String>getAs("message"));
    assertEquals("CuO was ground.", f.getAs("sample"));

    Map<String, Row> before = bySynthId(SynthesisTable.table(clean, "synthesis"));
    Map<String, Row> after = bySynthId(SynthesisTable.table(poisoned, "synthesis"));
    assertEquals(good.size(), before.size());
    assertEquals(before, after, "every other record's raw/synthesis row, every column");
  }

  /** The records through Parquet, with the poisoned one's precursors set to null. */
  private Dataset<Row> run(SparkSession spark, List<Row> rows, String name) {
    String in = dir.resolve(name + "-records").toString();
    spark.createDataFrame(rows, RawSchemas.SYNTHESIS_RECORDS)
        .withColumn("precursors", when(col("record_id").equalTo("bad"), lit(null))
            .otherwise(col("precursors")))
        .write().parquet(in);
    String out = dir.resolve(name + "-synthesis").toString();
    SynthesisTable.fromRecords(spark.read().parquet(in)).write().parquet(out);
    return spark.read().parquet(out);
  }

  private static Map<String, Row> bySynthId(Dataset<Row> rows) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : rows.collectAsList()) {
      out.put(r.getAs("synth_id"), r);
    }
    return out;
  }
}
