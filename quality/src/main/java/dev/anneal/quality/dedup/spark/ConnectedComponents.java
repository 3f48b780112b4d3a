package dev.anneal.quality.dedup.spark;

import dev.anneal.quality.dedup.UnionFind;
import dev.anneal.quality.text.Mix;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Connected components of an undirected graph, computed in Spark: each partition first contracts
 * its own edges into stars around the smallest node of each local component (union-find), then
 * alternating large-star and small-star rounds (Kiveris et al., "Connected Components in
 * MapReduce and Beyond", 2014) join the partitions' stars until the edge set stops changing; no
 * step gathers the graph on the driver. Nodes are longs; each component is labelled by its
 * smallest node. Written on RDDs: each round is four shuffles (a grouping and a distinct per
 * star) and one small job, with no query planning or code generation per round.
 */
public final class ConnectedComponents {

  /** Rounds after which the computation stops even if not converged (never reached in practice). */
  public static final int MAX_ROUNDS = 64;
  /** Edges per partition in the rounds: enough that a round is not mostly task start-up. */
  static final long EDGES_PER_PARTITION = 250_000;

  static final StructType COMPONENTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("node", DataTypes.LongType, false),
      DataTypes.createStructField("component", DataTypes.LongType, false)));

  private ConnectedComponents() {
  }

  /** As {@link #of(JavaPairRDD, int)} on a table of columns {@code a}, {@code b}: {@code node}, {@code component}. */
  public static Dataset<Row> of(Dataset<Row> edges) {
    JavaPairRDD<Long, Long> e = edges.select("a", "b").toJavaRDD()
        .mapToPair(r -> new Tuple2<>(r.getLong(0), r.getLong(1)));
    int parts = Integer.parseInt(edges.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    JavaRDD<Row> rows = of(e, parts).map(t -> RowFactory.create(t._1(), t._2()));
    return edges.sparkSession().createDataFrame(rows, COMPONENTS);
  }

  /**
   * The component of every node that has an edge, as (node, smallest node of its component).
   *
   * @param edges pairs of nodes (direction, repeats and self loops do not matter)
   * @param maxParts partitions of the first shuffle, and at most of every other: the rounds
   *                 use one per {@value #EDGES_PER_PARTITION} edges
   */
  public static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges, int maxParts) {
    return of(edges, maxParts, EDGES_PER_PARTITION);
  }

  /** As {@link #of(JavaPairRDD, int)} with {@code edgesPerPartition} edges per round partition. */
  static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges, int maxParts,
                                    long edgesPerPartition) {
    JavaPairRDD<Long, Long> distinct = canonical(edges).distinct(maxParts);
    distinct.rdd().localCheckpoint();
    long count = distinct.count();
    int parts = (int) Math.max(1, Math.min(maxParts,
        (count + edgesPerPartition - 1) / edgesPerPartition));
    // Contracting each partition's edges first leaves the rounds only what crosses partitions:
    // a graph that fits one partition is solved here, and its first round changes nothing.
    JavaPairRDD<Long, Long> e = contract(distinct.coalesce(parts));
    e.rdd().localCheckpoint();
    long[] stats = stats(e);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      JavaPairRDD<Long, Long> next = smallStar(largeStar(e, parts), parts);
      next.rdd().localCheckpoint();
      long[] nextStats = stats(next);
      boolean same = nextStats[0] == stats[0] && nextStats[1] == stats[1];
      e = next;
      stats = nextStats;
      if (same) {
        break;
      }
    }
    // Converged: every component is a star around its smallest node.
    return e.flatMapToPair(t -> List.of(new Tuple2<>(t._2(), t._1()),
            new Tuple2<>(t._1(), t._1())).iterator())
        .reduceByKey(Math::min, parts);
  }

  /** Count and order-free hash sum of the edge set: equal sets, equal stats (one job). */
  private static long[] stats(JavaPairRDD<Long, Long> e) {
    Tuple2<Long, Long> s = e.map(t -> new Tuple2<>(1L, Mix.mix64(t._1() * 0x9e3779b97f4a7c15L
            + Mix.mix64(t._2()))))
        .fold(new Tuple2<>(0L, 0L), (x, y) -> new Tuple2<>(x._1() + y._1(), x._2() + y._2()));
    return new long[] {s._1(), s._2()};
  }

  /** Each partition's edges replaced by (smallest node, node) links of its local components. */
  private static JavaPairRDD<Long, Long> contract(JavaPairRDD<Long, Long> e) {
    return e.mapPartitionsToPair(it -> {
      UnionFind sets = new UnionFind();
      it.forEachRemaining(t -> sets.union(t._1(), t._2()));
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      sets.forEachLink((root, member) -> out.add(new Tuple2<>(root, member)));
      return out.iterator();
    });
  }

  private static JavaPairRDD<Long, Long> canonical(JavaPairRDD<Long, Long> e) {
    return e.filter(t -> !t._1().equals(t._2()))
        .mapToPair(t -> t._1() < t._2() ? t : new Tuple2<>(t._2(), t._1()));
  }

  /** Each node's larger neighbours are linked to the smallest node of its closed neighbourhood. */
  private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> e, int parts) {
    return e.flatMapToPair(t -> List.of(t, new Tuple2<>(t._2(), t._1())).iterator())
        .groupByKey(parts)
        .flatMapToPair(g -> {
          long u = g._1();
          long m = u;
          for (long v : g._2()) {
            m = Math.min(m, v);
          }
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long v : g._2()) {
            if (v > u) {
              out.add(new Tuple2<>(m, v));
            }
          }
          return out.iterator();
        })
        .distinct(parts);
  }

  /** Each node and its smaller neighbours are linked to the smallest of them. */
  private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> e, int parts) {
    // In canonical form (a < b) the smaller neighbours of b are exactly the a of its edges.
    return e.mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .groupByKey(parts)
        .flatMapToPair(g -> {
          long u = g._1();
          long m = u;
          for (long v : g._2()) {
            m = Math.min(m, v);
          }
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          out.add(new Tuple2<>(m, u));
          for (long v : g._2()) {
            if (v != m) {
              out.add(new Tuple2<>(m, v));
            }
          }
          return out.iterator();
        })
        .distinct(parts);
  }
}
