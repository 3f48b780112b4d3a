package dev.anneal.quality.dedup.spark;

import dev.anneal.quality.dedup.MinHashSettings;
import dev.anneal.quality.dedup.MinHasher;
import dev.anneal.quality.text.NGrams;
import dev.anneal.quality.text.Words;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Near duplicates by MinHash LSH: documents whose band keys agree become candidate pairs, every
 * candidate is verified by the exact Jaccard similarity of the two shingle sets, and the
 * verified pairs are grouped into connected components in Spark; in each component the record
 * of highest priority is kept and the others are removed. Written on RDDs (a handful of shuffles,
 * no per-step query planning).
 */
public final class NearDuplicates {

  static final StructType PAIRS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id_a", DataTypes.StringType, false),
      DataTypes.createStructField("id_b", DataTypes.StringType, false),
      DataTypes.createStructField("jaccard", DataTypes.DoubleType, false)));
  static final StructType REMOVED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("kept_id", DataTypes.StringType, false)));

  /** A document's id, priority and shingle hashes (sorted, distinct). */
  record Doc(String id, double priority, long[] shingles) implements Serializable {
  }

  /**
   * What a run found.
   *
   * @param pairs   verified duplicate pairs: {@code id_a}, {@code id_b}, {@code jaccard}
   * @param removed records to remove: {@code id}, {@code kept_id}
   * @param close   releases the cached intermediate data
   */
  public record Result(Dataset<Row> pairs, Dataset<Row> removed, Runnable close) {
  }

  private NearDuplicates() {
  }

  /**
   * Finds near duplicates among {@code docs} (columns {@code id} string, {@code text} string,
   * {@code priority} number: the highest is kept, ties by the greatest id).
   */
  public static Result find(Dataset<Row> docs, MinHashSettings settings) {
    SparkSession spark = docs.sparkSession();
    int k = settings.shingleSize();
    MinHasher hasher = new MinHasher(settings);
    int parts = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    // Partitioned by node once, so the joins below shuffle only candidate pairs, never the
    // documents' shingle sets again; materialized before anything else reads it, else the
    // stages that read it run side by side and each shingles every document itself.
    JavaPairRDD<Long, Doc> byNode = docs.selectExpr("id", "text", "cast(priority as double)")
        .toJavaRDD()
        .mapToPair(r -> {
          String id = r.getString(0);
          return new Tuple2<>(Words.hash(id), new Doc(id, r.isNullAt(2) ? 0.0 : r.getDouble(2),
              NGrams.sortedDistinct(r.getString(1), k)));
        })
        .partitionBy(new HashPartitioner(parts))
        .persist(StorageLevel.MEMORY_AND_DISK());
    byNode.count();
    JavaPairRDD<Long, Long> candidates = candidates(byNode, hasher, settings.maxBucket(), parts);
    JavaRDD<Tuple2<Tuple2<Long, Long>, Tuple2<String, Tuple2<String, Double>>>> verified =
        verify(candidates, byNode, settings.threshold(), parts);
    verified.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> components = ConnectedComponents.of(verified.mapToPair(Tuple2::_1), parts);
    // (component, (id, priority)) for every member; the best member of each component is kept.
    JavaPairRDD<Long, Tuple2<String, Double>> members = components
        .join(byNode.mapValues(d -> new Tuple2<>(d.id(), d.priority())), parts)
        .mapToPair(t -> t._2());
    JavaPairRDD<Long, Tuple2<String, Double>> best = members.reduceByKey(NearDuplicates::better, parts);
    JavaRDD<Row> removed = members.join(best, parts)
        .filter(t -> !t._2()._1()._1().equals(t._2()._2()._1()))
        .map(t -> RowFactory.create(t._2()._1()._1(), t._2()._2()._1()));
    JavaRDD<Row> pairs = verified.map(t -> RowFactory.create(t._2()._1(), t._2()._2()._1(),
        t._2()._2()._2()));
    return new Result(spark.createDataFrame(pairs, PAIRS), spark.createDataFrame(removed, REMOVED),
        () -> {
          verified.unpersist();
          byNode.unpersist();
        });
  }

  /** The member to keep: highest priority, then greatest id. */
  private static Tuple2<String, Double> better(Tuple2<String, Double> x, Tuple2<String, Double> y) {
    int c = Double.compare(x._2(), y._2());
    return c > 0 || c == 0 && x._1().compareTo(y._1()) > 0 ? x : y;
  }

  /** Pairs of nodes (smaller first) sharing a band key: all pairs of a bucket, or a star if large. */
  static JavaPairRDD<Long, Long> candidates(JavaPairRDD<Long, Doc> byNode, MinHasher hasher,
                                            int maxBucket, int parts) {
    return byNode.flatMapToPair(t -> {
          long[] keys = hasher.bandKeys(t._2().shingles());
          List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
          for (long key : keys) {
            out.add(new Tuple2<>(key, t._1()));
          }
          return out.iterator();
        })
        .groupByKey(parts)
        .flatMapToPair(g -> {
          List<Long> m = new ArrayList<>();
          g._2().forEach(m::add);
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          if (m.size() <= maxBucket) {
            for (int i = 0; i < m.size(); i++) {
              for (int j = i + 1; j < m.size(); j++) {
                out.add(ordered(m.get(i), m.get(j)));
              }
            }
          } else {
            long hub = m.stream().mapToLong(Long::longValue).min().getAsLong();
            for (long x : m) {
              if (x != hub) {
                out.add(new Tuple2<>(hub, x));
              }
            }
          }
          return out.iterator();
        })
        .filter(t -> !t._1().equals(t._2()))
        .distinct(parts);
  }

  private static Tuple2<Long, Long> ordered(long x, long y) {
    return x < y ? new Tuple2<>(x, y) : new Tuple2<>(y, x);
  }

  /**
   * Candidate pairs whose exact shingle Jaccard similarity reaches {@code threshold}, as
   * ((node a, node b), (id a, (id b, jaccard))).
   */
  static JavaRDD<Tuple2<Tuple2<Long, Long>, Tuple2<String, Tuple2<String, Double>>>> verify(
      JavaPairRDD<Long, Long> candidates, JavaPairRDD<Long, Doc> byNode, double threshold,
      int parts) {
    return candidates.join(byNode, parts)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(byNode, parts)
        .flatMap(t -> {
          long b = t._1();
          long a = t._2()._1()._1();
          Doc da = t._2()._1()._2();
          Doc db = t._2()._2();
          double j = NGrams.jaccard(da.shingles(), db.shingles());
          return j >= threshold
              ? List.of(new Tuple2<>(new Tuple2<>(a, b), new Tuple2<>(da.id(),
                  new Tuple2<>(db.id(), j)))).iterator()
              : java.util.Collections.emptyIterator();
        });
  }
}
