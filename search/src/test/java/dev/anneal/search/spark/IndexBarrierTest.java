package dev.anneal.search.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.schema.RawSchemas;
import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.search.index.IndexFields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index stage's record barrier on real Parquet: a {@code raw/structures} row without
 * {@code nsites} (a nullable column in a table another tool wrote; the structure's text cannot
 * be written) is not indexed and is quarantined at stage {@code index}; every other record's
 * Lucene document holds the same stored fields as in a run without it.
 */
class IndexBarrierTest {

  @TempDir
  Path dir;

  @Test
  void aStructureThatCannotBeIndexedIsQuarantinedAndTheOtherDocumentsAreUnchanged()
      throws Exception {
    SparkSession spark = LocalSpark.get();
    List<Row> good = List.of(RawRows.structure(structure("NaCl", "Na", "Cl", 5.64), 0),
        RawRows.structure(structure("KCl", "K", "Cl", 6.29), 0),
        RawRows.structure(structure("LiF", "Li", "F", 4.03), 0));
    Row poison = RawRows.structure(structure("MgO", "Mg", "O", 4.21), 0);
    String poisonId = poison.getString(0);
    List<Row> withPoison = new ArrayList<>(good);
    withPoison.add(1, poison);

    PartitionedIndexBuilder.Summary clean = build(spark, good, poisonId, "clean");
    PartitionedIndexBuilder.Summary poisoned = build(spark, withPoison, poisonId, "poisoned");

    assertTrue(clean.quarantine().isEmpty(), clean.quarantine().toString());
    assertEquals(1, poisoned.quarantine().size(), poisoned.quarantine().toString());
    Row f = poisoned.quarantine().get(0);
    assertEquals("index", f.getAs("stage"));
    assertEquals("internal.exception", f.getAs("reason"));
    assertEquals("file:/MgO.cif", f.getAs("source_uri"));
    assertEquals("structure_id " + poisonId, f.getAs("location"));
    assertTrue(f.<String>getAs("message").startsWith(
        "indexing the record failed: java.lang.NullPointerException"), f.<String>getAs("message"));
    assertEquals(3L, clean.counts().get("structures"));
    assertEquals(3L, poisoned.counts().get("structures"), "the failed one is not counted");

    Map<String, String> before = storedFields(dir.resolve("clean-index"));
    Map<String, String> after = storedFields(dir.resolve("poisoned-index"));
    assertFalse(after.containsKey("structure:" + poisonId));
    assertTrue(before.keySet().stream().filter(k -> k.startsWith("structure:")).count() == 3,
        before.keySet().toString());
    assertEquals(before, after, "every other record's document, every stored field");
  }

  private PartitionedIndexBuilder.Summary build(SparkSession spark, List<Row> structures,
                                                String poisonId, String name) throws Exception {
    String path = dir.resolve(name + "-structures").toString();
    spark.createDataFrame(structures, RawSchemas.STRUCTURES)
        .withColumn("nsites", when(col("structure_id").equalTo(poisonId), lit(null))
            .otherwise(col("nsites")))
        .write().parquet(path);
    Dataset<Row> s = spark.read().parquet(path);
    PartitionedIndexBuilderTest.spark = spark; // its table helpers read JSON with it
    Dataset<Row> documents = PartitionedIndexBuilderTest.documents();
    Dataset<Row> paragraphs = PartitionedIndexBuilderTest.paragraphs();
    Dataset<Row> materials = PartitionedIndexBuilderTest.materials();
    return PartitionedIndexBuilder.build(new IndexInputs(paragraphs, documents, materials, s,
        null, null, null, null, null), dir.resolve(name + "-staging").toString(),
        dir.resolve(name + "-index").toString());
  }

  /** kind:id → every stored field of that document, in a fixed order. */
  private static Map<String, String> storedFields(Path index) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (int i = 0; i < reader.maxDoc(); i++) {
        Document d = reader.storedFields().document(i);
        List<String> fields = new ArrayList<>();
        for (IndexableField x : d.getFields()) {
          fields.add(x.name() + "=" + (x.stringValue() != null ? x.stringValue()
              : x.numericValue() != null ? x.numericValue() : x.binaryValue()));
        }
        fields.sort(null);
        out.put(d.get(IndexFields.KIND) + ":" + d.get(IndexFields.ID), String.join("\n", fields));
      }
    }
    return out;
  }

  private static Structure structure(String formula, String a, String b, double edge) {
    return new Structure("file:/" + formula + ".cif", "cif", formula, a + " " + b,
        new Lattice(edge, edge, edge, 90, 90, 90), List.of(
        new Site(a, null, 1.0, 0, 0, 0, a + "1"),
        new Site(b, null, 1.0, 0.5, 0.5, 0.5, b + "1")), "F m -3 m", 225, List.of());
  }
}
