package dev.anneal.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.jobs.cli.AnnealCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code anneal ingest}, {@code normalize} and {@code link} over the real SuperMat Tc table and
 * the 3DSC CIFs of {@code ../shared/corpus} (linked into one input folder by symbolic links, not
 * copied). Prints the materials with more than one reported Tc, the conflicts resolved and ten
 * labels with their evidence.
 */
class LinkCorpusTest {

  @Test
  void supermatTcValuesAreDenoisedPerMaterialAndLinkedTo3dscStructures(@TempDir Path tmp)
      throws IOException {
    Path supercon = ProjectPaths.sharedCorpus().resolve("lablog/supercon");
    Path cifs = ProjectPaths.sharedCorpus().resolve("crystal/3dsc");
    assumeTrue(Files.isDirectory(supercon) && Files.isDirectory(cifs),
        "skipped: ../shared/corpus/lablog/supercon or crystal/3dsc is absent (real-file corpus)");
    Path input = Files.createDirectories(tmp.resolve("input"));
    for (Path dir : List.of(supercon, cifs)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          // Copied, not linked: ingest reads only regular files inside the input root.
          Files.copy(f, input.resolve(f.getFileName()));
        }
      }
    }
    String out = tmp.resolve("out").toString();
    assertEquals(0, AnnealCommand.commandLine().execute("ingest", "--input", input.toString(),
        "--out", out));
    assertEquals(0, AnnealCommand.commandLine().execute("normalize", "--out", out));
    assertEquals(0, AnnealCommand.commandLine().execute("link", "--out", out));

    SparkSession spark = LocalSpark.get();
    Dataset<Row> labels = spark.read().parquet(out + "/curated/labels");
    Dataset<Row> materials = spark.read().parquet(out + "/curated/materials");
    Dataset<Row> links = spark.read().parquet(out + "/curated/links");
    Dataset<Row> tc = labels.where(col("property").equalTo("tc"));
    long multi = tc.where(col("n_obs").gt(1)).select("material_id").distinct().count();
    Dataset<Row> conflicts = tc.where(col("n_obs").gt(1).and(size(col("rejected_ids")).gt(0)
        .or(col("method").equalTo("crh")).or(size(col("corrections")).gt(0))
        .or(col("flags").cast("string").contains("disagreement"))));
    long resolved = conflicts.where(col("value").isNotNull()).count();
    long structures = links.where(col("kind").equalTo("structure_of")).count();
    long measuredWithStructure = materials.where(size(col("structure_ids")).gt(0)
        .and(size(col("meas_ids")).gt(0))).count();
    System.out.printf("[corpus] tc labels=%d materials with >1 reported Tc=%d conflicts=%d"
        + " resolved=%d structure_of links=%d materials with a structure and a Tc=%d"
        + " doped_variant_of links=%d%n", tc.count(), multi, conflicts.count(), resolved,
        structures, measuredWithStructure,
        links.where(col("kind").equalTo("doped_variant_of")).count());
    List<Row> examples = conflicts.join(materials.select("material_id", "reduced_formula",
            "spacegroup_number", "structure_ids", "parent_ids"), "material_id")
        .orderBy(col("n_obs").desc(), col("material_id")).limit(10).collectAsList();
    for (Row r : examples) {
      System.out.printf("[corpus] %s (sg %s) %s: %.2f ± %.2f K, %s, n_obs=%d n_used=%d flags=%s"
          + " corrections=%s structures=%s parents=%s%n", r.getAs("reduced_formula"),
          r.getAs("spacegroup_number"), r.getAs("condition"), (Double) r.getAs("value"),
          (Double) r.getAs("uncertainty"), r.getAs("method"), (Integer) r.getAs("n_obs"),
          (Integer) r.getAs("n_used"), r.getList(r.fieldIndex("flags")),
          r.getList(r.fieldIndex("corrections")), r.getList(r.fieldIndex("structure_ids")),
          r.getList(r.fieldIndex("parent_ids")));
    }
    assertTrue(multi > 10, "SuperMat reports several Tc for many materials: " + multi);
    assertTrue(resolved > 0, "some conflicts are resolved");
    assertEquals(spark.read().parquet(out + "/raw/structures").select("structure_id").distinct()
        .count(), links.where(col("kind").equalTo("structure_of").and(col("score").equalTo(1.0)))
        .select("target_id").distinct().count(), "every 3DSC structure is linked to its material");
    assertEquals(0, tc.where(col("value").isNotNull()
        .and(col("value").leq(0).or(col("value").gt(300)))).count(), "every Tc label in (0, 300] K");
  }
}
