package dev.anneal.quality.dedup.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.testing.LocalSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Large-star/small-star components on graphs whose components are known. */
class ConnectedComponentsTest {

  private static final StructType EDGES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("a", DataTypes.LongType, false),
      DataTypes.createStructField("b", DataTypes.LongType, false)));

  @Test
  void aLongChainAStarAndAPairEachBecomeOneComponentLabelledByTheirSmallestNode() {
    List<Row> edges = new ArrayList<>();
    // A chain 1000 - 1001 - ... - 1199 given in scrambled direction: many rounds for naive
    // label propagation, few for large-star/small-star.
    for (long i = 1000; i < 1199; i++) {
      edges.add(i % 2 == 0 ? RowFactory.create(i, i + 1) : RowFactory.create(i + 1, i));
    }
    for (long leaf = 51; leaf < 60; leaf++) {
      edges.add(RowFactory.create(leaf, 50L));
    }
    edges.add(RowFactory.create(7L, 3L));
    edges.add(RowFactory.create(3L, 7L));
    Map<Long, Long> label = new HashMap<>();
    for (Row r : ConnectedComponents.of(LocalSpark.get().createDataFrame(edges, EDGES))
        .collectAsList()) {
      label.put(r.getLong(0), r.getLong(1));
    }
    assertEquals(200 + 10 + 2, label.size());
    for (long i = 1000; i < 1200; i++) {
      assertEquals(1000L, label.get(i), "chain node " + i);
    }
    for (long i = 50; i < 60; i++) {
      assertEquals(50L, label.get(i));
    }
    assertEquals(3L, label.get(7L));
    assertEquals(3L, label.get(3L));
  }
}
