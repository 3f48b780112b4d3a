package dev.anneal.normalize.link.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.normalize.link.DopedVariant;
import dev.anneal.normalize.link.FormulaReader;
import dev.anneal.normalize.link.LinkingSet;
import dev.anneal.normalize.link.RecordLinker;
import dev.anneal.normalize.material.MaterialId;
import dev.anneal.schema.LinkSchemas;
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
      .add("spacegroup_number", DataTypes.IntegerType)
      .add("volume", DataTypes.DoubleType)
      .add("nsites", DataTypes.IntegerType);

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
        structures.add(RowFactory.create(f, it.sg(), null, null));
      }
      boolean mention = it.kind().equals(RecordLinker.MENTION);
      sources.add(RowFactory.create("records", it.id(), it.kind(),
          mention ? null : it.formula(), null, it.sg(), it.text(), it.base(), null));
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

  @Test
  void calculationsResolveByVolumePerAtomAsTheRecordLinkerDoes() {
    // Rutile twice (two measurements, mean 10.41 Å³/atom), anatase once (11.36 Å³/atom).
    List<Row> structures = List.of(
        RowFactory.create("TiO2", 136, 62.44, 6), RowFactory.create("TiO2", 136, 62.50, 6),
        RowFactory.create("TiO2", 141, 136.27, 12), RowFactory.create("NaCl", 225, 179.4, 8));
    Map<Integer, Double> tio2 = Map.of(136, (62.44 + 62.50) / 12, 141, 136.27 / 12);
    Map<Integer, Double> nacl = Map.of(225, 179.4 / 8);
    Object[][] calcs = {{"c-rutile", "TiO2", 64.23 / 6}, {"c-anatase", "TiO2", 140.8 / 12},
        {"c-dense", "TiO2", 8.9}, {"c-nocell", "TiO2", null}, {"c-nacl", "NaCl", 23.1},
        {"c-unknown", "ZrO2", 11.8}};
    List<Row> sources = new ArrayList<>();
    Set<String> expected = new TreeSet<>();
    for (Object[] c : calcs) {
      sources.add(RowFactory.create("calculations", c[0], "computed_for", c[1], null, null,
          "vasprun.xml", 1.0, c[2]));
      Map<Integer, Double> volumes = c[1].equals("TiO2") ? tio2 : c[1].equals("NaCl") ? nacl
          : Map.of();
      for (RecordLinker.Link l : RecordLinker.link("computed_for", (String) c[1], null,
          "vasprun.xml", 1.0, (Double) c[2], f -> volumes.keySet(), f -> volumes)) {
        expected.add(c[0] + " " + l.choice().spacegroupNumber() + " " + l.choice().flags());
      }
    }
    SparkSession spark = LocalSpark.get();
    Dataset<Row> resolved = LinkTable.resolve(
        ClaimReading.read(spark.createDataFrame(sources, LinkSchemas.SOURCE)),
        LinkTable.polymorphs(spark.createDataFrame(structures, STRUCTURES)));
    Set<String> got = new TreeSet<>();
    for (Row r : resolved.select("target_id", "spacegroup_number", "flags").collectAsList()) {
      got.add(r.getString(0) + " " + (r.isNullAt(1) ? null : r.getInt(1)) + " "
          + r.getList(2));
    }
    assertEquals(expected, got);
    assertTrue(got.contains("c-rutile 136 []"), got.toString());
    assertTrue(got.contains("c-anatase 141 []"), got.toString());
    assertTrue(got.contains("c-dense null [volume_unmatched]"), got.toString());
    assertTrue(got.contains("c-nacl 225 []"), got.toString());
  }
}
