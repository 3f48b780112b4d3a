package dev.anneal.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal ingest} then {@code anneal normalize} over the real lab logs of
 * {@code ../shared/corpus/lablog}: every SuperMat row is a measurement or a quarantine row with a
 * reason, and every notebook export is read.
 */
class LabLogCorpusTest {

  @Test
  void everyLabValueIsAMeasurementOrQuarantinedWithAReason(@TempDir Path tmp) {
    Path corpus = ProjectPaths.sharedCorpus().resolve("lablog");
    assumeTrue(Files.isDirectory(corpus), "skipped: " + corpus + " is absent (real-file corpus)");
    SparkSession spark = LocalSpark.get();
    String out = tmp.resolve("out").toString();
    assertEquals(0, AnnealCommand.commandLine().execute("ingest", "--input", corpus.toString(),
        "--out", out));
    assertEquals(0, AnnealCommand.commandLine().execute("normalize", "--out", out));

    Dataset<Row> records = spark.read().parquet(out + "/raw/lab_records");
    Dataset<Row> measurements = spark.read().parquet(out + "/raw/measurements");
    Dataset<Row> quarantine = spark.read().parquet(out + "/raw/quarantine");
    String supermat = "SuperMat-2.0.csv";
    long rows = records.where(col("source_uri").endsWith(supermat)).count();
    assertEquals(1305, rows, "every data row of SuperMat-2.0.csv is read");
    long measured = measurements.where(col("source_uri").endsWith(supermat)).count();
    List<Row> rejected = quarantine.where(col("stage").equalTo("normalize")
        .and(col("source_uri").endsWith(supermat))).collectAsList();
    assertEquals(rows, measured + rejected.size(), "each row is a measurement or a rejection");
    assertTrue(rejected.stream().allMatch(r -> r.<String>getAs("reason")
        .startsWith("measurement.")), "every rejection has a measurement reason");
    // A cell such as "x = 0.10" may be resolved against the compound named in an earlier row
    // of the same paper; it must never become a material called "x".
    assertEquals(0, measurements.where(col("reduced_formula").isin("x", "X", "")
        .or(col("reduced_formula").isNull())).count(), "no material is called 'x'");
    List<Row> resolved = measurements.where(col("material").rlike("^\\s*x\\s*=")).collectAsList();
    for (Row r : resolved) {
      String formula = r.getAs("reduced_formula");
      assertTrue(formula.matches("([A-Z][a-z]?[0-9.]*)+") && formula.length() > 2,
          "resolved against its neighbours: " + r.getAs("material") + " -> " + formula);
    }
    assertEquals(0, measurements.where(col("property").equalTo("tc")
        .and(col("value_low").leq(0).or(col("value_high").geq(300)))).count(),
        "every Tc kept is in (0, 300) K");

    // The exports and the CSV are readable; what is quarantined at ingest are notebook
    // attachments no reader takes (an XRD pattern, a potentiostat file, a PNG), each named.
    List<Row> unread = quarantine.where(col("stage").equalTo("ingest")).collectAsList();
    assertTrue(unread.stream().allMatch(r -> r.<String>getAs("reason")
        .equals("eln.attachment_unread") && r.<String>getAs("source_uri").contains(".eln!/")),
        "only unread attachments: " + unread);
    assertTrue(unread.stream().anyMatch(r -> r.<String>getAs("source_uri").endsWith(".xrdml")));
    Dataset<Row> synthesis = spark.read().parquet(out + "/raw/synthesis_records");
    Row datalab = synthesis.where(col("source_uri").contains("datalab")).first();
    assertEquals("eln", datalab.getAs("source_kind"));
    String text = datalab.getAs("text");
    assertTrue(!text.isBlank(), "the datalab sample's synthesis description is kept");
    List<Row> precursors = datalab.getList(datalab.fieldIndex("precursors"));
    assertTrue(precursors.size() >= 2, "constituents: " + precursors);
    List<String> targets = datalab.getList(datalab.fieldIndex("targets"));
    assertTrue(targets.stream().anyMatch(t -> t.contains("Na") && t.contains("Co")), "" + targets);
    // Interpreted in raw/synthesis: the notebook lists no steps, so they are read from its text
    // ("heated to 850°C for 12 hours under flowing O2"), in K and s.
    Row interpreted = spark.read().parquet(out + "/raw/synthesis")
        .where(col("source_uri").contains("datalab")).first();
    assertEquals("Na0.7CoO2", interpreted.<Row>getList(interpreted.fieldIndex("targets")).get(0)
        .getAs("reduced_formula"));
    assertTrue(interpreted.<String>getList(interpreted.fieldIndex("flags"))
        .contains("operations_from_text"));
    List<Row> steps = interpreted.getList(interpreted.fieldIndex("operations"));
    assertTrue(steps.stream().anyMatch(o -> o.<Double>getList(o.fieldIndex("temperatures_k"))
        .contains(1123.15) && o.<Double>getList(o.fieldIndex("durations_s")).contains(43200.0)
        && o.getAs("atmosphere").equals("O2")), "" + steps);
  }
}
