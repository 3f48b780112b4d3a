package dev.anneal.normalize.link.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.normalize.link.DopedVariant;
import dev.anneal.normalize.link.FormulaReader;
import dev.anneal.normalize.link.LinkingSet;
import dev.anneal.normalize.link.RecordLinker;
import dev.anneal.normalize.material.MaterialId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The link stage's Spark path ({@link ClaimReading}, {@link LinkTable}) makes exactly the links
 * {@link RecordLinker} makes on the labeled linking set, doped_variant_of included, so
 * {@code LinkingSetTest}'s precision and recall are those of what production runs.
 */
class LinkTableParityTest {

  private static final StructType STRUCTURES = new StructType()
      .add("reduced_formula", DataTypes.StringType)
      .add("spacegroup_number", DataTypes.IntegerType);

  @Test
  void sparkPathMakesTheLinksOfTheRecordLinker() throws IOException {
    List<LinkingSet.Item> items = LinkingSet.load();
    Map<String, Set<Integer>> known = new HashMap<>();
    List<Row> structures = new ArrayList<>();
    List<Row> sources = new ArrayList<>();
    for (LinkingSet.Item it : items) {
      if (it.type().equals("structure")) {
        String f = FormulaReader.read(it.formula()).reducedFormula();
        known.computeIfAbsent(f, k -> new TreeSet<>()).add(it.sg());
        structures.add(RowFactory.create(f, it.sg()));
      }
      boolean mention = it.kind().equals(RecordLinker.MENTION);
      sources.add(RowFactory.create("records", it.id(), it.kind(),
          mention ? null : it.formula(), null, it.sg(), it.text(), it.base()));
    }

    Set<String> expected = new TreeSet<>();
    int doped = 0;
    for (LinkingSet.Item it : items) {
      String material = null;
      for (RecordLinker.Link l : RecordLinker.link(it.kind(), it.formula(), it.sg(), it.text(),
          it.base(), f -> (Collection<Integer>) known.getOrDefault(f, Set.of()))) {
        String id = MaterialId.of(l.choice().reducedFormula(), l.choice().spacegroupNumber());
        String score = String.format("%.4f", round(l.choice().score()));
        if (l.kind().equals(DopedVariant.KIND)) {
          expected.add(l.kind() + " " + material + " -> materials/" + id + " " + score);
          doped++;
        } else {
          material = id;
          expected.add(l.kind() + " " + id + " -> records/" + it.id() + " " + score);
        }
      }
    }
    assertTrue(doped > 0, "the set has doped materials, so the parity covers doped_variant_of");

    SparkSession spark = LocalSpark.get();
    Dataset<Row> claims = ClaimReading.read(spark.createDataFrame(sources, LinkSchemas.SOURCE));
    Dataset<Row> polymorphs = LinkTable.polymorphs(spark.createDataFrame(structures, STRUCTURES));
    Dataset<Row> resolved = LinkTable.resolve(claims, polymorphs);
    Dataset<Row> resolvedDoped = LinkTable.resolve(LinkTable.dopedClaims(resolved), polymorphs);
    Set<String> got = new TreeSet<>();
    for (Row r : LinkTable.links(resolved, resolvedDoped)
        .select("kind", "material_id", "target_table", "target_id", "score").collectAsList()) {
      got.add(r.getString(0) + " " + r.getString(1) + " -> " + r.getString(2) + "/"
          + r.getString(3) + " " + String.format("%.4f", r.getDouble(4)));
    }
    Set<String> onlySpark = new TreeSet<>(got);
    onlySpark.removeAll(expected);
    Set<String> onlyLinker = new TreeSet<>(expected);
    onlyLinker.removeAll(got);
    assertEquals(Set.of(), onlySpark, "links only the Spark path makes");
    assertEquals(Set.of(), onlyLinker, "links only RecordLinker makes");
  }

  private static double round(double score) {
    return Math.round(score * 1e4) / 1e4;
  }
}
