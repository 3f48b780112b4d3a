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
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal ingest} over the real simulation outputs of {@code ../shared/corpus/simulation}:
 * every file lands in {@code raw/calculations}, {@code raw/structures} or the quarantine, with the
 * energies pymatgen and ASE give (the reference values are the peers', from
 * {@code scripts/peers/sim_peers.py}).
 */
class SimulationCorpusIngestTest {

  @Test
  void everySimulationFileIsACalculationAStructureOrQuarantined(@TempDir Path tmp) {
    Path corpus = ProjectPaths.sharedCorpus().resolve("simulation");
    assumeTrue(Files.isDirectory(corpus), "skipped: " + corpus + " is absent (real-file corpus)");
    SparkSession spark = LocalSpark.get();
    Path out = tmp.resolve("out");
    assertEquals(0, AnnealCommand.commandLine().execute("ingest",
        "--input", corpus.toString(), "--out", out.toString()));

    Dataset<Row> calcs = spark.read().parquet(out.resolve("raw/calculations").toString());
    Map<String, Long> perCode = new HashMap<>();
    calcs.groupBy("code").count().collectAsList()
        .forEach(r -> perCode.put(r.getString(0), r.getLong(1)));
    // 2 vasprun.xml + 1 OUTCAR; 1 pw.x output; 4 LAMMPS logs holding 4 + 5 + 3 + 3 runs.
    assertEquals(Map.of("vasp", 3L, "qe", 1L, "lammps", 15L), perCode);

    Map<String, Double> energyByFile = new HashMap<>();
    for (Row r : calcs.where(col("code").isin("vasp", "qe")).collectAsList()) {
      String uri = r.getAs("source_uri");
      energyByFile.put(uri.substring(uri.lastIndexOf('/') + 1), r.getAs("energy_ev"));
      assertTrue((boolean) r.getAs("converged"), uri);
    }
    assertEquals(-21.5118191, energyByFile.get("Sr3PbO_relax_vasprun.xml"), 1e-6);
    assertEquals(-6.74587304, energyByFile.get("vasprun_dfpt.xml"), 1e-6);
    assertEquals(-68.23102426, energyByFile.get("OUTCAR_example_1"), 1e-6);
    assertEquals(-2964.2574627592, energyByFile.get("BAs_scf.out"), 1e-6);

    Row sr3pbo = calcs.where(col("source_uri").endsWith("Sr3PbO_relax_vasprun.xml")).first();
    assertEquals("Sr3PbO", sr3pbo.getAs("reduced_formula"));
    assertEquals(5, (int) sr3pbo.getAs("natoms"));

    Dataset<Row> structures = spark.read().parquet(out.resolve("raw/structures").toString());
    assertEquals(2, structures.count(), "POSCAR_BAs and POSCAR_Bi2Te3");
    Map<String, String> reasons = new HashMap<>();
    spark.read().parquet(out.resolve("raw/quarantine").toString()).collectAsList().forEach(r -> {
      String uri = r.getAs("source_uri");
      reasons.put(uri.substring(uri.lastIndexOf('/') + 1), r.getAs("reason"));
    });
    assertEquals(Map.of("POSCAR_example_1", "poscar.no_species",
        "BAs_scf.in", "file.unsupported_format"), reasons);
  }
}
