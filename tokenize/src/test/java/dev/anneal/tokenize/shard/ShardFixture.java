package dev.anneal.tokenize.shard;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.schema.CuratedSchemas;
import dev.anneal.tokenize.pack.Packing;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.collection.JavaConverters;

/**
 * One shard set written once per test JVM from a samples table of 20 materials (a structure and
 * a dossier sample each) and 20 documents (two paragraphs each, every fifth one long), with two
 * samples excluded, a val split, a mixture and Megatron files.
 */
final class ShardFixture {

  static final int SEQ_LEN = 64;

  static final String[] ELEMENTS = {"Li", "Fe", "P", "O", "Ti", "Mg", "B", "Na", "Cl", "Si"};

  final SparkSession spark;
  final Path root;
  final Path samplesPath;
  final Dataset<Row> samples;
  final List<String> excludedIds;
  final Dataset<Row> excluded;
  final ShardSettings settings;
  final ShardManifest manifest;
  final Path shards;

  private static ShardFixture instance;

  private ShardFixture() throws IOException {
    spark = LocalSpark.get();
    root = Files.createTempDirectory("anneal-shards");
    List<Row> rows = new ArrayList<>();
    for (int m = 0; m < 20; m++) {
      String material = "mat-" + m;
      String formula = ELEMENTS[m % 10] + (m + 1) + ELEMENTS[(m + 3) % 10] + (m % 4 + 1);
      rows.add(sample("structure", "structures", material, material,
          "Crystal structure of " + formula + "\nlattice a=" + (3 + m * 0.11) + " b=4.2 c=5.0\n"
              + ELEMENTS[m % 10] + " 0.0000 0.0000 0.0000\n" + ELEMENTS[(m + 3) % 10]
              + " 0.5000 0.5000 0.5000"));
      rows.add(sample("dossier", "dossiers", material, material,
          "Material dossier: " + formula + "\n## Structure\nlattice a=" + (3 + m * 0.11)
              + "\n## Synthesis\nThe powders were ground and fired at " + (800 + 10 * m)
              + " °C for " + (m % 5 + 2) + " h in air."));
    }
    for (int d = 0; d < 20; d++) {
      String doc = "doc-" + d;
      for (int p = 0; p < 2; p++) {
        StringBuilder text = new StringBuilder("Paper " + d + ", paragraph " + p
            + ": we report the résumé of measurements on sample S-" + (d * 7 + p) + ".");
        if (d % 5 == 0) {
          for (int k = 0; k < 12; k++) {
            text.append(" The resistivity dropped sharply below ").append(30 + k + d)
                .append(" K, consistent with superconductivity (run ").append(k).append(").");
          }
        }
        rows.add(sample("paragraph", "papers", null, doc, text.toString()));
      }
    }
    samplesPath = root.resolve("curated/samples");
    spark.createDataFrame(rows, CuratedSchemas.RENDERED_SAMPLES).write().mode(SaveMode.Overwrite)
        .parquet(samplesPath.toString());
    samples = spark.read().parquet(samplesPath.toString());
    excludedIds = List.of(rows.get(0).getString(0), rows.get(41).getString(0));
    excluded = spark.createDataFrame(List.of(RowFactory.create("structures", "x",
        JavaConverters.asScalaBuffer(excludedIds).toSeq(), "dedup.near_duplicate", "m")),
        org.apache.spark.sql.types.DataTypes.createStructType(List.of(
            org.apache.spark.sql.types.DataTypes.createStructField("record_table",
                org.apache.spark.sql.types.DataTypes.StringType, false),
            org.apache.spark.sql.types.DataTypes.createStructField("record_id",
                org.apache.spark.sql.types.DataTypes.StringType, false),
            org.apache.spark.sql.types.DataTypes.createStructField("sample_ids",
                org.apache.spark.sql.types.DataTypes.createArrayType(
                    org.apache.spark.sql.types.DataTypes.StringType, false), false),
            org.apache.spark.sql.types.DataTypes.createStructField("reason",
                org.apache.spark.sql.types.DataTypes.StringType, false),
            org.apache.spark.sql.types.DataTypes.createStructField("message",
                org.apache.spark.sql.types.DataTypes.StringType, false))));
    settings = settings(7);
    shards = root.resolve("shards");
    manifest = new ShardWriter(settings).write(samples, excluded, shards.toString(), "cfg", "test");
    try (OutputStream out = Files.newOutputStream(shards.resolve("manifest.json"))) {
      ManifestIo.write(manifest, out);
    }
    Files.writeString(shards.resolve("README.md"), DatasetCard.render(manifest));
  }

  static ShardSettings settings(long seed) {
    return new ShardSettings("o200k_base", SEQ_LEN, 2, 600, seed, Packing.BEST_FIT, 8, 0.25,
        Map.of("structures", 2.0, "papers", 0.5), true);
  }

  static synchronized ShardFixture get() {
    if (instance == null) {
      try {
        instance = new ShardFixture();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  private static Row sample(String kind, String source, String materialId, String splitKey,
                            String text) {
    String id = dev.anneal.ingest.ContentId.of("sample", kind, text);
    List<String> sourceIds = List.of(splitKey);
    return RowFactory.create(id, kind, source, materialId,
        JavaConverters.asScalaBuffer(sourceIds).toSeq(), text, text.length(), splitKey);
  }
}
