package dev.anneal.tokenize.render;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.schema.CuratedSchemas;
import dev.anneal.schema.RawSchemas;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.normalize.material.Materials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render stage's record barrier on real Parquet: a {@code raw/structures} row whose cell
 * length is 0 (a row ingest never writes, but a table written by another tool or an older run
 * can hold; {@code RawRows.toStructure} refuses it) is quarantined at stage {@code render}, and
 * every other sample is the same, column for column, as in a run without it.
 */
class RenderBarrierTest {

  @TempDir
  Path dir;

  @Test
  void aStructureTheRendererCannotReadIsQuarantinedAndTheOtherSamplesAreUnchanged() {
    SparkSession spark = LocalSpark.get();
    Dataset<Row> good = ContractTables.structures(spark, ContractTables.mgb2(),
        ContractTables.nacl());
    // KCl with a = 0 in its Parquet row: the lattice constructor throws when rendering reads it.
    Dataset<Row> kcl = ContractTables.structures(spark, kcl());
    kcl = kcl.withColumn("lattice", col("lattice").withField("a",
        when(lit(true), lit(0.0))));
    String poisonId = kcl.first().getAs("structure_id");

    Map<String, Row> clean = render(spark, good, "clean");
    Map<String, Row> poisoned = render(spark, good.unionByName(kcl), "poisoned");

    Dataset<Row> quarantine = spark.read().parquet(dir.resolve("poisoned-quarantine").toString());
    List<Row> faults = quarantine.collectAsList();
    assertEquals(2, faults.size(), "its structure sample and its dossier part: " + faults);
    for (Row f : faults) {
      assertEquals("render", f.getAs("stage"));
      assertEquals("internal.exception", f.getAs("reason"));
      assertEquals("file:/KCl.cif", f.getAs("source_uri"));
      assertEquals("structure_id " + poisonId, f.getAs("location"));
      String message = f.getAs("message");
      assertTrue(message.contains("IllegalArgumentException: cell lengths must be positive"),
          message);
    }
    assertTrue(faults.stream().anyMatch(f -> f.<String>getAs("message")
        .startsWith("rendering the structure failed")));
    assertTrue(faults.stream().anyMatch(f -> f.<String>getAs("message")
        .startsWith("rendering the structure for a dossier failed")));
    assertEquals(0, spark.read().parquet(dir.resolve("clean-quarantine").toString()).count());

    assertFalse(clean.isEmpty());
    assertTrue(clean.values().stream().anyMatch(r -> r.getAs("kind").equals("dossier")),
        "the comparison covers dossiers too");
    assertTrue(poisoned.values().stream().noneMatch(r -> r.<List<String>>getList(
        r.fieldIndex("source_ids")).contains(poisonId)), "no sample from the poisoned record");
    assertEquals(clean, poisoned, "every other record's samples, every column");
  }

  /** Renders through Parquet as the stage does; returns the samples by sample_id. */
  private Map<String, Row> render(SparkSession spark, Dataset<Row> structures, String name) {
    String structuresPath = dir.resolve(name + "-structures").toString();
    structures.write().mode(SaveMode.Overwrite).parquet(structuresPath);
    Dataset<Row> s = spark.read().parquet(structuresPath);
    Dataset<Row> materials = Materials.fromStructures(s);
    String mgb2 = materials.where(col("reduced_formula").equalTo("MgB2")).first()
        .getAs("material_id");
    Dataset<Row> links = spark.createDataFrame(List.of(
        ContractTables.link(mgb2, "synthesized_in", "synthesis", "syn-mgb2")),
        CuratedSchemas.LINKS);
    Dataset<Row> labels = spark.createDataFrame(List.of(ContractTables.label("lab-mgb2", mgb2,
        "tc", 39.1, 0.4, "K", List.of("m1", "m2"))), CuratedSchemas.LABELS);
    Dataset<Row> synthesis = spark.createDataFrame(List.of(ContractTables.synthesis("syn-mgb2",
        "doc-1", "MgB2", "Mg and B powders were reacted and sintered at 900 °C.")),
        RawSchemas.SYNTHESIS);
    RenderInputs in = new RenderInputs(ContractTables.empty(spark, RawSchemas.DOCUMENTS),
        ContractTables.empty(spark, RawSchemas.PARAGRAPHS), s, materials, null, null, labels,
        synthesis, links);
    RenderSettings settings = new RenderSettings(4, List.of("crystal_text", "cif_like"), 1, 99,
        Map.of(), List.of("structure_first"), 8, "document", true);
    Dataset<Row> rendered = Samples.render(in, settings);
    String samplesPath = dir.resolve(name + "-samples").toString();
    Samples.samples(rendered, in.documents()).write().parquet(samplesPath);
    Rendered.quarantine(rendered).write().parquet(dir.resolve(name + "-quarantine").toString());
    Map<String, Row> out = new TreeMap<>();
    for (Row r : spark.read().parquet(samplesPath).collectAsList()) {
      out.put(r.getAs("sample_id"), r);
    }
    return out;
  }

  private static Structure kcl() {
    return new Structure("file:/KCl.cif", "cif", "KCl", "K Cl",
        new Lattice(6.29, 6.29, 6.29, 90, 90, 90), List.of(
        new Site("K", null, 1.0, 0, 0, 0, "K1"),
        new Site("Cl", null, 1.0, 0.5, 0.5, 0.5, "Cl1")), "F m -3 m", 225, List.of());
  }
}
