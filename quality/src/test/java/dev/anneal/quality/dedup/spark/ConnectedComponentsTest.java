package dev.anneal.quality.dedup.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Components on graphs whose components are known: solved by local contraction alone when the
 * graph fits one partition, and by contraction plus large-star/small-star rounds when it is spread
 * over many.
 */
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

  @Test
  void aRandomGraphSpreadOverManyPartitionsGetsTheComponentsABreadthFirstSearchFinds() {
    SplittableRandom random = new SplittableRandom(21);
    List<Tuple2<Long, Long>> edges = new ArrayList<>();
    for (int i = 0; i < 2500; i++) { // about 6,000 nodes: many small components, a few large
      long a = random.nextInt(6000) * 7919L; // spread-out node numbers, not 0..n
      long b = random.nextInt(6000) * 7919L;
      edges.add(new Tuple2<>(a, b));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    // 40 edges per partition: 8 partitions whose local stars the rounds have to join.
    Map<Long, Long> label = new HashMap<>(ConnectedComponents.of(
        jsc.parallelizePairs(edges, 6), 8, 40).collectAsMap());
    Map<Long, List<Long>> adjacent = new HashMap<>();
    for (Tuple2<Long, Long> e : edges) {
      if (e._1().equals(e._2())) {
        continue; // a self loop alone does not make a node part of the graph
      }
      adjacent.computeIfAbsent(e._1(), x -> new ArrayList<>()).add(e._2());
      adjacent.computeIfAbsent(e._2(), x -> new ArrayList<>()).add(e._1());
    }
    Map<Long, Long> expected = new HashMap<>();
    for (long start : adjacent.keySet()) {
      if (expected.containsKey(start)) {
        continue;
      }
      List<Long> component = new ArrayList<>(List.of(start));
      expected.put(start, start);
      for (int i = 0; i < component.size(); i++) {
        for (long next : adjacent.get(component.get(i))) {
          if (expected.putIfAbsent(next, start) == null) {
            component.add(next);
          }
        }
      }
      long smallest = component.stream().mapToLong(Long::longValue).min().orElseThrow();
      component.forEach(n -> expected.put(n, smallest));
    }
    assertEquals(expected.size(), label.size(), "labelled nodes");
    long wrong = expected.keySet().stream()
        .filter(n -> !expected.get(n).equals(label.get(n))).count();
    assertEquals(0, wrong, "nodes labelled differently from the search");
    assertTrue(new HashSet<>(expected.values()).size() > 100, "many components to get right");
  }
}
