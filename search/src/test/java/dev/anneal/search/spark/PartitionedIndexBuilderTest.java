package dev.anneal.search.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.search.Hit;
import dev.anneal.search.LinkedRecord;
import dev.anneal.search.RecordPage;
import dev.anneal.search.Searcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark index build on small tables in the contracts' shapes: {@code curated/links} and
 * {@code curated/labels} (other stages' outputs) are joined in, labels win over measurements,
 * and links resolve both ways.
 */
class PartitionedIndexBuilderTest {

  @TempDir
  static Path tmp;
  static SparkSession spark;

  static Dataset<Row> table(String ddl, String... jsonLines) {
    return spark.read().schema(ddl).json(spark.createDataset(List.of(jsonLines), Encoders.STRING()));
  }

  static Dataset<Row> documents() {
    return table("doc_id STRING, title STRING, source_uri STRING, year INT",
        "{\"doc_id\":\"d1\",\"title\":\"Cuprate paper\",\"source_uri\":\"file:/p1.md\",\"year\":2015}",
        "{\"doc_id\":\"d2\",\"title\":\"Oxide paper\",\"source_uri\":\"file:/p2.md\",\"year\":2003}");
  }

  static Dataset<Row> paragraphs() {
    return table("para_id STRING, doc_id STRING, section STRING, ordinal INT, text STRING",
        "{\"para_id\":\"p1\",\"doc_id\":\"d1\",\"section\":\"Experimental\",\"ordinal\":0,"
            + "\"text\":\"La2CuO4 powders were prepared by a sol-gel route and calcined at 1000 °C.\"}",
        "{\"para_id\":\"p2\",\"doc_id\":\"d2\",\"section\":\"\",\"ordinal\":0,"
            + "\"text\":\"Rutile was annealed in air.\"}");
  }

  static Dataset<Row> materials() {
    String ddl = "material_id STRING, reduced_formula STRING, chemsys STRING, elements ARRAY<STRING>,"
        + " spacegroup_number INT, structure_ids ARRAY<STRING>, calc_ids ARRAY<STRING>,"
        + " synth_ids ARRAY<STRING>, doc_ids ARRAY<STRING>, n_structures INT";
    return table(ddl,
        "{\"material_id\":\"m-lco\",\"reduced_formula\":\"La2CuO4\",\"chemsys\":\"Cu-La-O\","
            + "\"elements\":[\"Cu\",\"La\",\"O\"],\"spacegroup_number\":139,\"structure_ids\":[],"
            + "\"calc_ids\":[],\"synth_ids\":[],\"doc_ids\":[],\"n_structures\":0}",
        "{\"material_id\":\"m-tio2\",\"reduced_formula\":\"TiO2\",\"chemsys\":\"O-Ti\","
            + "\"elements\":[\"O\",\"Ti\"],\"spacegroup_number\":136,\"structure_ids\":[],"
            + "\"calc_ids\":[],\"synth_ids\":[],\"doc_ids\":[\"d2\"],\"n_structures\":0}");
  }

  static Dataset<Row> synthesis() {
    String ddl = "synth_id STRING, source_uri STRING, source_kind STRING, doc_id STRING, para_id STRING,"
        + " sample_id STRING, text STRING, score DOUBLE, method STRING,"
        + " targets ARRAY<STRUCT<as_written:STRING, reduced_formula:STRING, chemsys:STRING, flags:ARRAY<STRING>>>,"
        + " precursors ARRAY<STRUCT<name:STRING, formula_as_written:STRING, reduced_formula:STRING, quantity:STRING, unit:STRING>>,"
        + " operations ARRAY<STRUCT<type:STRING, text:STRING, temperatures_k:ARRAY<DOUBLE>, durations_s:ARRAY<DOUBLE>, heating_rate_k_per_s:DOUBLE, atmosphere:STRING>>";
    return table(ddl, "{\"synth_id\":\"s1\",\"source_uri\":\"file:/p1.md\",\"source_kind\":\"literature\","
        + "\"doc_id\":\"d1\",\"para_id\":\"p1\",\"sample_id\":\"\",\"text\":\"La2CuO4 powders were "
        + "prepared by a sol-gel route and calcined at 1000 °C.\",\"score\":0.9,\"method\":\"sol_gel\","
        + "\"targets\":[{\"as_written\":\"La2CuO4\",\"reduced_formula\":\"La2CuO4\",\"chemsys\":\"Cu-La-O\",\"flags\":[]}],"
        + "\"precursors\":[{\"name\":\"La(NO3)3\",\"formula_as_written\":\"La(NO3)3\",\"reduced_formula\":null,\"quantity\":\"\",\"unit\":\"\"}],"
        + "\"operations\":[{\"type\":\"calcine\",\"text\":\"calcined at 1000 °C\",\"temperatures_k\":[1273.15],"
        + "\"durations_s\":[],\"heating_rate_k_per_s\":null,\"atmosphere\":\"\"}]}");
  }

  static Dataset<Row> links() {
    return table("material_id STRING, kind STRING, target_table STRING, target_id STRING, score DOUBLE,"
            + " evidence ARRAY<STRING>, flags ARRAY<STRING>",
        "{\"material_id\":\"m-lco\",\"kind\":\"synthesized_in\",\"target_table\":\"synthesis\","
            + "\"target_id\":\"s1\",\"score\":0.9,\"evidence\":[\"reduced_formula\"],\"flags\":[]}",
        "{\"material_id\":\"m-lco\",\"kind\":\"mentioned_in\",\"target_table\":\"paragraphs\","
            + "\"target_id\":\"p1\",\"score\":0.8,\"evidence\":[\"formula\"],\"flags\":[]}",
        "{\"material_id\":\"m-lco\",\"kind\":\"measured_on\",\"target_table\":\"measurements\","
            + "\"target_id\":\"x1\",\"score\":1.0,\"evidence\":[],\"flags\":[]}");
  }

  static Dataset<Row> labels() {
    return table("label_id STRING, material_id STRING, property STRING, condition STRING, value DOUBLE,"
            + " uncertainty DOUBLE, unit STRING, n_obs INT, n_used INT, method STRING, flags ARRAY<STRING>,"
            + " used_ids ARRAY<STRING>, rejected_ids ARRAY<STRING>",
        "{\"label_id\":\"l1\",\"material_id\":\"m-lco\",\"property\":\"tc\",\"condition\":\"pressure=ambient\","
            + "\"value\":38.5,\"uncertainty\":1.5,\"unit\":\"K\",\"n_obs\":4,\"n_used\":3,\"method\":\"median\","
            + "\"flags\":[],\"used_ids\":[],\"rejected_ids\":[\"x9\"]}");
  }

  static Dataset<Row> measurements() {
    // A value labels overrule: with labels present, measurements are not used for properties.
    return table("reduced_formula STRING, property STRING, value DOUBLE, value_low DOUBLE,"
            + " value_high DOUBLE, unit STRING, source_uri STRING, location STRING",
        "{\"reduced_formula\":\"TiO2\",\"property\":\"tc\",\"value\":99.0,\"value_low\":99.0,"
            + "\"value_high\":99.0,\"unit\":\"K\",\"source_uri\":\"file:/x.csv\",\"location\":\"line 2\"}");
  }

  static Path build(String name, Dataset<Row> links, Dataset<Row> labels, Dataset<Row> measurements)
      throws Exception {
    Path index = tmp.resolve(name);
    PartitionedIndexBuilder.build(new IndexInputs(paragraphs(), documents(), materials(), null,
        null, synthesis(), measurements, links, labels), tmp.resolve("staging-" + name).toString(),
        index.toString());
    return index;
  }

  @BeforeAll
  static void spark() {
    spark = LocalSpark.get();
  }

  @Test
  void linksAndLabelsAreJoinedIntoTheIndex() throws Exception {
    try (Searcher s = new Searcher(build("full", links(), labels(), measurements()))) {
      assertEquals(Set.of("m-lco"), ids(s, "tc>30 kind:material"), "label value, not measurement");
      assertEquals(Set.of("s1"), ids(s, "tc>30 kind:synthesis"), "a linked record carries it");
      assertEquals(Set.of("p1"), ids(s, "tc:38..39 kind:paragraph"));
      assertEquals(Set.of("s1"), ids(s, "temperature:1000..1300"));
      assertEquals(Set.of("s1"), ids(s, "formula:CuO4La2 kind:synthesis"));
      assertEquals(Set.of("s1", "p1"), ids(s, "\"sol-gel\" year:2010..2020"));
      Hit material = s.search("id:m-lco", 1).hits().get(0);
      Set<String> linked = material.linked().stream().map(l -> l.kind() + ":" + l.id())
          .collect(Collectors.toSet());
      assertTrue(linked.containsAll(Set.of("synthesis:s1", "paragraph:p1")), linked.toString());
      assertFalse(linked.stream().anyMatch(l -> l.startsWith("measurement")), linked.toString());
      RecordPage page = s.record("material", "m-lco").orElseThrow();
      assertEquals(1.5, page.record().detail().get("labels").get(0).get("uncertainty").asDouble());
      assertEquals("38.5 ± 1.5 K",
          page.record().detail().get("labels").get(0).get("value_text").asText(),
          "the page and the API show the value rounded to its uncertainty");
      Hit tio2 = s.search("id:m-tio2", 1).hits().get(0);
      assertTrue(tio2.linked().contains(new LinkedRecord("document", "d2", "Oxide paper")),
          tio2.linked().toString());
      RecordPage synthesis = s.record("synthesis", "s1").orElseThrow();
      assertEquals(1273.15, synthesis.record().detail().get("operations").get(0)
          .get("temperatures_k").get(0).asDouble());
    }
  }

  @Test
  void withoutLabelsMeasuredValuesGiveTheProperties() throws Exception {
    try (Searcher s = new Searcher(build("measured", null, null, measurements()))) {
      assertEquals(Set.of("m-tio2"), ids(s, "tc>30 kind:material"));
      assertEquals(Set.of("p2"), ids(s, "tc>30 kind:paragraph"), "via the material's document");
      assertTrue(s.search("kind:synthesis", 0).totalHits() == 1);
    }
  }

  private static Set<String> ids(Searcher s, String q) throws Exception {
    return s.search(q, 50).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }
}
