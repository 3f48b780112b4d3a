package dev.anneal.tokenize.render;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.spark.RawIngest;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Calculation summaries from the real {@code raw/calculations} rows ingest makes of
 * {@code ../shared/corpus/simulation} (VASP, Quantum ESPRESSO, LAMMPS).
 */
class CalculationSamplesTest {

  @Test
  void everyRealCalculationRendersWithItsCodeAndEnergy() {
    Path corpus = ProjectPaths.sharedCorpus().resolve("simulation");
    assumeTrue(Files.isDirectory(corpus), "../shared/corpus/simulation is absent");
    SparkSession spark = LocalSpark.get();
    Dataset<Row> calculations = RawIngest.table(RawIngest.read(
        RawIngest.listFiles(spark, corpus.toString(), 2), 1L << 28, Map.of(),
        "anneal-test-key-not-secret"),
        "calculations").cache();
    long n = calculations.count();
    assertTrue(n >= 5, "calculations read: " + n);
    Dataset<Row> owner = spark.createDataFrame(List.<Row>of(),
        org.apache.spark.sql.types.DataTypes.createStructType(List.of(
            org.apache.spark.sql.types.DataTypes.createStructField("target_id",
                org.apache.spark.sql.types.DataTypes.StringType, false),
            org.apache.spark.sql.types.DataTypes.createStructField("material_id",
                org.apache.spark.sql.types.DataTypes.StringType, true))));
    List<Row> samples = Rendered.rows(Samples.fromCalculations(calculations, owner, "default"))
        .collectAsList();
    assertEquals(n, samples.size());
    for (Row s : samples) {
      String text = s.getAs("text");
      assertTrue(text.matches("(?s)^(VASP|Quantum ESPRESSO|LAMMPS).* calculation of .*"), text);
      assertEquals(s.<String>getAs("sample_id"), s.<String>getAs("split_key"), "no material linked");
    }
    assertTrue(samples.stream().anyMatch(s -> s.<String>getAs("text").contains("eV/atom")));
    assertTrue(samples.stream().anyMatch(s -> s.<String>getAs("text").startsWith("LAMMPS")
        && s.<String>getAs("text").contains("thermo: final ")));
    calculations.unpersist();
    assertTrue(calculations.where(col("code").equalTo("vasp")).count() > 0);
  }
}
