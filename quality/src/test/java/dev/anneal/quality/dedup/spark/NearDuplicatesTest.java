package dev.anneal.quality.dedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.quality.dedup.MinHashSettings;
import dev.anneal.quality.text.NGrams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Near duplicates on a small generated corpus, checked against exact Jaccard. */
class NearDuplicatesTest {

  private static final StructType DOCS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("priority", DataTypes.DoubleType, false)));

  private static String randomText(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append("w").append(r.nextInt(100_000));
    }
    return sb.toString();
  }

  /** Forty base texts of 200 random words; every other one has a copy with 1 % of its words edited. */
  private static List<Row> corpus(Map<String, String> texts) {
    Random r = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < 40; c++) {
      String base = randomText(r, 200);
      texts.put("c" + c + "-base", base);
      rows.add(RowFactory.create("c" + c + "-base", base, 1000.0));
      if (c % 2 == 0) {
        // One word in a hundred replaced: Jaccard of 5-shingles about 0.9.
        String[] w = base.split(" ");
        for (int i = 0; i < w.length; i += 100) {
          w[i] = "edited" + i;
        }
        String copy = String.join(" ", w);
        texts.put("c" + c + "-copy", copy);
        rows.add(RowFactory.create("c" + c + "-copy", copy, 10.0));
      }
    }
    return rows;
  }

  private static Set<Row> collect(Dataset<Row> docs, boolean pairs) {
    NearDuplicates.Result result = NearDuplicates.find(docs,
        new MinHashSettings(5, 16, 4, 0.8, 1L, 64));
    Set<Row> rows = new HashSet<>((pairs ? result.pairs() : result.removed()).collectAsList());
    result.close().run();
    return rows;
  }

  @Test
  void editedCopiesAreLinkedToTheLongestAndUnrelatedTextsAreKept() {
    Map<String, String> texts = new HashMap<>();
    Dataset<Row> docs = LocalSpark.get().createDataFrame(corpus(texts), DOCS);
    NearDuplicates.Result result = NearDuplicates.find(docs,
        new MinHashSettings(5, 16, 4, 0.8, 1L, 64));
    List<Row> removed = result.removed().collectAsList();
    List<Row> pairs = result.pairs().collectAsList();
    result.close().run();
    assertEquals(20, removed.size(), removed.toString());
    for (Row row : removed) {
      String id = row.getString(0);
      assertTrue(id.endsWith("-copy"), id);
      assertEquals(id.replace("-copy", "-base"), row.getString(1), "the longer text is kept");
    }
    for (Row p : pairs) {
      double exact = NGrams.jaccard(NGrams.sortedDistinct(texts.get(p.getString(0)), 5),
          NGrams.sortedDistinct(texts.get(p.getString(1)), 5));
      assertEquals(exact, p.getDouble(2), 1e-12);
      assertTrue(exact >= 0.8);
      assertTrue(p.getString(0).compareTo(p.getString(1)) < 0, "pairs name the smaller id first");
    }
  }

  @Test
  void theResultDoesNotDependOnHowTheDocumentsArePartitionedOrOrdered() {
    Dataset<Row> docs = LocalSpark.get().createDataFrame(corpus(new HashMap<>()), DOCS);
    // One partition (repartitioned by id inside), and five partitions in reverse id order
    // (documents stay in the partitions they were read in).
    Dataset<Row> one = docs.coalesce(1);
    Dataset<Row> five = docs.repartition(5).sortWithinPartitions(col("id").desc());
    Set<Row> removed = collect(one, false);
    assertEquals(20, removed.size());
    assertEquals(removed, collect(five, false));
    assertEquals(collect(one, true), collect(five, true));
  }
}
