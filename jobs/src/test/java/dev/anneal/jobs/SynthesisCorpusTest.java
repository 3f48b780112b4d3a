package dev.anneal.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import dev.anneal.schema.RawSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal ingest} then {@code anneal normalize} over the 2,000 text-mined solid-state
 * recipes of {@code ../shared/corpus/synthesis}: every line becomes a {@code raw/synthesis_records}
 * row as written and a {@code raw/synthesis} row in K and s; known recipes are checked value by
 * value against the JSON.
 */
class SynthesisCorpusTest {

  private static final double EPS = 1e-9;

  @Test
  void theTwoThousandRecipesAreIngestedAndConvertedToKelvinAndSeconds(@TempDir Path tmp) {
    Path corpus = ProjectPaths.sharedCorpus().resolve("synthesis");
    assumeTrue(Files.isDirectory(corpus), "skipped: " + corpus + " is absent (real-file corpus)");
    SparkSession spark = LocalSpark.get();
    String out = tmp.resolve("out").toString();
    assertEquals(0, AnnealCommand.commandLine().execute("ingest", "--input", corpus.toString(),
        "--out", out));
    assertEquals(0, AnnealCommand.commandLine().execute("normalize", "--out", out));

    Dataset<Row> records = spark.read().parquet(out + "/raw/synthesis_records");
    assertEquals(2000, records.count());
    assertEquals(2000, records.where(col("source_kind").equalTo("recipes")).count());
    assertEquals(0, spark.read().schema(RawSchemas.QUARANTINE).parquet(out + "/raw/quarantine")
        .count(), "nothing quarantined");
    Dataset<Row> synthesis = spark.read().parquet(out + "/raw/synthesis");
    assertEquals(2000, synthesis.where(col("source_kind").equalTo("recipes")).count());
    assertEquals(0, synthesis.where(col("score").notEqual(1.0)).count());

    // Line 1: La0.9Sr0.1Ga0.85Mg0.15O3-δ, dried at 130 °C for 3 h, sintered at 1500 °C for 12 h in air.
    Row lsgm = one(synthesis, "10.1016/j.materresbull.2007.09.012");
    Row target = lsgm.<Row>getList(lsgm.fieldIndex("targets")).get(0);
    assertEquals("La0.9Sr0.1Ga0.85Mg0.15O3-\u03b4", target.getAs("as_written"));
    assertEquals("Ga-La-Mg-O-Sr", target.getAs("chemsys"));
    assertTrue(target.<String>getList(target.fieldIndex("flags")).contains("nonstoichiometric"));
    List<Row> ops = lsgm.getList(lsgm.fieldIndex("operations"));
    Row dried = ops.get(0);
    assertEquals("drying", dried.getAs("type"));
    assertValues(List.of(403.15), dried.getList(dried.fieldIndex("temperatures_k")));
    assertValues(List.of(10800.0), dried.getList(dried.fieldIndex("durations_s")));
    Row sintered = ops.stream().filter(o -> o.getAs("text").equals("sintered")).findFirst()
        .orElseThrow();
    assertEquals("sintering", sintered.getAs("type"));
    assertValues(List.of(1773.15), sintered.getList(sintered.fieldIndex("temperatures_k")));
    assertValues(List.of(43200.0), sintered.getList(sintered.fieldIndex("durations_s")));
    assertEquals("air", sintered.getAs("atmosphere"));
    assertNull(sintered.getAs("heating_rate_k_per_s"), "the recipe gives no rate");
    List<Row> precursors = lsgm.getList(lsgm.fieldIndex("precursors"));
    assertEquals("La2O3", precursors.get(0).getAs("reduced_formula"));
    assertEquals("0.45", precursors.get(0).getAs("quantity"));

    // Line 2: calcined at 900 and 750 °C for 2 h; sintered at 850–1000 °C (a range given only by
    // its ends) for 4 h.
    Row bso = one(synthesis, "10.1016/j.materresbull.2007.09.020");
    List<Row> bsoOps = bso.getList(bso.fieldIndex("operations"));
    Row calcined = bsoOps.get(1);
    assertEquals("calcining", calcined.getAs("type"));
    assertValues(List.of(1173.15, 1023.15), calcined.getList(calcined.fieldIndex("temperatures_k")));
    assertValues(List.of(7200.0), calcined.getList(calcined.fieldIndex("durations_s")));
    Row bsoSintered = bsoOps.get(5);
    assertValues(List.of(1123.15, 1273.15),
        bsoSintered.getList(bsoSintered.fieldIndex("temperatures_k")));
    assertEquals("solid_state", bso.getAs("method"));

    // Line 14: (Mg1-xFex)O has a variable with no value: flagged with the parser's reason, not read.
    Row mgfeo = one(synthesis, "10.1007/s11661-013-1813-9");
    Row variable = mgfeo.<Row>getList(mgfeo.fieldIndex("targets")).get(0);
    assertNull(variable.getAs("reduced_formula"));
    assertTrue(variable.<String>getList(variable.fieldIndex("flags")).get(0).startsWith("formula."),
        "" + variable);

    // Every temperature converted is above 0 K and below 4000 K; every duration positive.
    Dataset<Row> temps = synthesis.selectExpr("explode(operations) as op")
        .selectExpr("explode(op.temperatures_k) as t");
    assertEquals(0, temps.where(col("t").leq(0).or(col("t").geq(4000))).count());
    long converted = temps.count();
    Dataset<Row> times = synthesis.selectExpr("explode(operations) as op")
        .selectExpr("explode(op.durations_s) as d");
    assertEquals(0, times.where(col("d").leq(0)).count());
    System.out.printf("recipes: 2000 records, %d temperatures and %d durations converted, "
        + "%d records flagged (unparsed condition or operations_from_text), %d targets not read%n", converted, times.count(),
        synthesis.where("size(flags) > 0").count(),
        synthesis.selectExpr("explode(targets) as t").where("t.reduced_formula is null").count());
    assertTrue(converted > 3000, "the recipes hold 3,294 temperature values: " + converted);
  }

  private static Row one(Dataset<Row> synthesis, String doi) {
    List<Row> rows = synthesis.where(col("doc_id").equalTo(doi)).collectAsList();
    assertEquals(1, rows.size(), doi);
    return rows.get(0);
  }

  private static void assertValues(List<Double> expected, List<Double> actual) {
    assertEquals(expected.size(), actual.size(), "" + actual);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), EPS, "" + actual);
    }
  }
}
