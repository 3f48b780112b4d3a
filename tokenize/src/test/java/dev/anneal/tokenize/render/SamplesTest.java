package dev.anneal.tokenize.render;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.normalize.material.Materials;
import dev.anneal.schema.CuratedSchemas;
import dev.anneal.schema.RawSchemas;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rendering on small Spark tables in the contract schemas: dossiers join a material's structure,
 * label and synthesis through {@code curated/links}; ambiguous links are not followed.
 */
class SamplesTest {

  static SparkSession spark;
  static List<Row> samples;
  static String mgb2Id;
  static String naclId;

  @BeforeAll
  static void render() {
    spark = LocalSpark.get();
    Dataset<Row> structures = ContractTables.structures(spark, ContractTables.mgb2(),
        ContractTables.nacl());
    Dataset<Row> materials = Materials.fromStructures(structures);
    mgb2Id = materials.where(col("reduced_formula").equalTo("MgB2")).first().getAs("material_id");
    naclId = materials.where(col("reduced_formula").equalTo("NaCl")).first().getAs("material_id");
    Dataset<Row> links = spark.createDataFrame(List.of(
        ContractTables.link(mgb2Id, "synthesized_in", "synthesis", "syn-mgb2"),
        ContractTables.link(naclId, "synthesized_in", "synthesis", "syn-other", "ambiguous")),
        CuratedSchemas.LINKS);
    Dataset<Row> labels = spark.createDataFrame(List.of(ContractTables.label("lab-mgb2", mgb2Id,
        "tc", 39.1, 0.4, "K", List.of("m1", "m2"))), CuratedSchemas.LABELS);
    Dataset<Row> synthesis = spark.createDataFrame(List.of(
        ContractTables.synthesis("syn-mgb2", "doc-1", "MgB2",
            "Mg and B powders were reacted and sintered at 900 °C."),
        ContractTables.synthesis("syn-other", "doc-2", "NaCl", "Salt was recrystallized.")),
        RawSchemas.SYNTHESIS);
    RenderInputs in = new RenderInputs(ContractTables.empty(spark, RawSchemas.DOCUMENTS),
        ContractTables.empty(spark, RawSchemas.PARAGRAPHS), structures, materials, null, null,
        labels, synthesis, links);
    RenderSettings settings = new RenderSettings(4, List.of("crystal_text", "cif_like"), 1, 99,
        Map.of(), List.of("structure_first", "synthesis_first"), 8, "document", true);
    samples = Samples.all(in, settings).collectAsList();
  }

  private static List<Row> ofKind(String kind) {
    return samples.stream().filter(r -> r.<String>getAs("kind").equals(kind)).toList();
  }

  @Test
  void aMaterialWithAStructureAndALinkedSynthesisGetsADossierInBothOrders() {
    List<Row> dossiers = ofKind("dossier");
    assertEquals(2, dossiers.size(), "MgB2 only: NaCl's synthesis link is ambiguous");
    for (Row d : dossiers) {
      String text = d.getAs("text");
      assertEquals(mgb2Id, d.getAs("material_id"));
      assertEquals(mgb2Id, d.getAs("split_key"));
      assertEquals("dossiers", d.getAs("source"));
      assertTrue(text.contains("Crystal structure of MgB2"), text);
      assertTrue(text.contains("Mg and B powders were reacted"), text);
      assertTrue(text.contains("superconducting transition temperature Tc of MgB2"), text);
      assertTrue(text.contains("heat: 1173.15 K; 2 h; in Ar"), text);
      assertTrue(text.contains("39.1 ± 0.4 K"), text);
      assertTrue(text.contains("Evidence: a crystal structure, a measured property and a "
          + "synthesis description."), text);
      assertTrue(text.contains("(from file MgB2.cif)"), text);
      List<String> ids = d.getList(d.fieldIndex("source_ids"));
      assertTrue(ids.contains("syn-mgb2") && ids.contains("lab-mgb2"), ids.toString());
    }
    long structureFirst = dossiers.stream().map(d -> d.<String>getAs("text"))
        .filter(t -> t.indexOf("## Structure") < t.indexOf("## Synthesis")).count();
    assertEquals(1, structureFirst, "one dossier per order");
  }

  @Test
  void everyStructureIsRenderedInEachFormWithTranslatedCopies() {
    List<Row> structures = ofKind("structure");
    assertEquals(2 * 2 * 2, structures.size(), "2 structures × 2 forms × (original + 1 copy)");
    assertEquals(4, structures.stream().filter(r -> r.<String>getAs("text")
        .startsWith("data_")).count());
    assertTrue(structures.stream().allMatch(r -> r.getAs("split_key").equals(r.getAs("material_id"))));
  }

  @Test
  void recordsTakeTheirMaterialAsSplitKeyOnlyThroughUnambiguousLinks() {
    Row linked = ofKind("synthesis").stream()
        .filter(r -> r.<String>getAs("text").contains("Mg and B")).findFirst().orElseThrow();
    assertEquals(mgb2Id, linked.getAs("split_key"));
    Row ambiguous = ofKind("synthesis").stream()
        .filter(r -> r.<String>getAs("text").contains("Salt")).findFirst().orElseThrow();
    assertNull(ambiguous.getAs("material_id"));
    assertEquals("doc-2", ambiguous.getAs("split_key"), "no material: the document");
    Row label = ofKind("label").get(0);
    assertEquals(mgb2Id, label.getAs("split_key"));
    assertEquals("measurements", label.getAs("source"));
  }

  @Test
  void sampleIdsAreUniqueAndCountCharacters() {
    assertEquals(samples.size(), samples.stream().map(r -> r.getAs("sample_id")).distinct().count());
    assertTrue(samples.stream().allMatch(r -> r.<String>getAs("text").length()
        == (int) r.getAs("n_chars")));
  }
}
