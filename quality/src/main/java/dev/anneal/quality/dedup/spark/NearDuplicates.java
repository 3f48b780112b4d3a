package dev.anneal.quality.dedup.spark;

import static org.apache.spark.sql.functions.col;

import dev.anneal.quality.dedup.MinHashSettings;
import dev.anneal.quality.dedup.MinHasher;
import dev.anneal.quality.text.Mix;
import dev.anneal.quality.text.NGrams;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
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

  /** The order of positions within a partition. */
  private static final Comparator<Doc> BY_ID = Comparator.comparing(Doc::id)
      .thenComparingDouble(Doc::priority);

  /** A document's node (see {@link HomePartitioner}), id, priority and sorted distinct shingle hashes. */
  record Doc(long node, String id, double priority, long[] shingles) implements Serializable {
  }

  /**
   * A candidate pair whose shingle sets reach the threshold: the two nodes (in candidate order),
   * their ids and the exact Jaccard similarity.
   */
  record VerifiedPair(long nodeA, long nodeB, String idA, String idB, double jaccard)
      implements Serializable {

    /** The pair as a row of {@link #PAIRS}: the smaller id first. */
    Row toRow() {
      return idA.compareTo(idB) <= 0 ? RowFactory.create(idA, idB, jaccard)
          : RowFactory.create(idB, idA, jaccard);
    }
  }

  /** A member of a component and the member its component keeps (possibly itself). */
  record Judged(Member member, Member kept) implements Serializable {

    boolean isRemoved() {
      return !member.id().equals(kept.id());
    }

    /** The member as a row of {@link #REMOVED}. */
    Row toRow() {
      return RowFactory.create(member.id(), kept.id());
    }
  }

  /** A member of a component: its id and priority. */
  record Member(String id, double priority) implements Serializable {

    /** The member to keep: highest priority, then greatest id. */
    static Member better(Member x, Member y) {
      int c = Double.compare(x.priority(), y.priority());
      return c > 0 || c == 0 && x.id().compareTo(y.id()) > 0 ? x : y;
    }
  }

  /**
   * What a run found.
   *
   * @param pairs   verified duplicate pairs: {@code id_a} (the smaller id), {@code id_b},
   *                {@code jaccard}
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
    Dataset<Row> input = docs.select(col("id"), col("text"),
        col("priority").cast(DataTypes.DoubleType).as("priority"));
    JavaRDD<Row> rows = input.toJavaRDD();
    int cores = spark.sparkContext().defaultParallelism();
    if (rows.getNumPartitions() < cores) {
      // Too few partitions to keep every core busy while shingling.
      rows = input.repartition(cores, col("id")).toJavaRDD();
    }
    // Shingled once and kept where they were read: a document's node names its partition and
    // position, so every later step routes records to the document's partition instead of
    // shuffling the shingle sets. Positions follow id order within the partition, so a
    // recomputed partition gets the same nodes whatever order its rows arrive in.
    // Each partition is kept as one array: the block store then estimates the size of one
    // object per partition instead of sampling every document as it caches them.
    JavaRDD<Doc[]> shelved = rows.mapPartitionsWithIndex((p, it) -> {
      List<Doc> local = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        local.add(new Doc(0L, r.getString(0), r.isNullAt(2) ? 0.0 : r.getDouble(2),
            NGrams.sortedDistinct(r.getString(1), k)));
      }
      local.sort(BY_ID);
      Doc[] out = new Doc[local.size()];
      for (int i = 0; i < out.length; i++) {
        Doc d = local.get(i);
        out[i] = new Doc(HomePartitioner.node(p, i), d.id(), d.priority(), d.shingles());
      }
      return List.<Doc[]>of(out).iterator();
    }, true).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Doc> placed = shelved.flatMap(all -> Arrays.asList(all).iterator());
    HomePartitioner home = new HomePartitioner(placed.getNumPartitions());
    JavaPairRDD<Long, Long> candidates = candidates(placed, hasher, settings.maxBucket(), parts);
    JavaRDD<VerifiedPair> verified = verify(candidates, placed, home, settings.threshold());
    verified.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> components = ConnectedComponents.of(
        verified.mapToPair(v -> new Tuple2<>(v.nodeA(), v.nodeB())), parts);
    // (component, member) for every member; the best member of each component is kept.
    JavaPairRDD<Long, Member> members = JavaPairRDD.fromJavaRDD(atHome(components, placed, home,
        (node, component, d) -> new Tuple2<>(component, new Member(d.id(), d.priority()))));
    JavaPairRDD<Long, Member> best = members.reduceByKey(Member::better, parts);
    // Each member with its component's best: the member is removed unless it is the best.
    JavaRDD<Row> removed = members.join(best, parts).values()
        .map(memberAndBest -> new Judged(memberAndBest._1(), memberAndBest._2()))
        .filter(Judged::isRemoved).map(Judged::toRow);
    JavaRDD<Row> pairs = verified.map(VerifiedPair::toRow);
    return new Result(spark.createDataFrame(pairs, PAIRS), spark.createDataFrame(removed, REMOVED),
        () -> {
          verified.unpersist();
          shelved.unpersist();
        });
  }

  /** What {@link #atHome} makes of a keyed value and the document its node names. */
  @FunctionalInterface
  interface AtHome<V, R> extends Serializable {
    R apply(long node, V value, Doc doc);
  }

  /**
   * {@code f} of every (node, value) of {@code keyed} and the node's document, computed in the
   * document's partition (null results are dropped): only {@code keyed} is shuffled.
   */
  static <V, R> JavaRDD<R> atHome(JavaPairRDD<Long, V> keyed, JavaRDD<Doc> placed,
                                  HomePartitioner home, AtHome<V, R> f) {
    return keyed.partitionBy(home).zipPartitions(placed, (values, docs) -> {
      List<Doc> local = new ArrayList<>();
      docs.forEachRemaining(local::add);
      List<R> out = new ArrayList<>();
      while (values.hasNext()) {
        Tuple2<Long, V> v = values.next();
        Doc d = local.get(HomePartitioner.position(v._1()));
        if (d.node() != v._1()) {
          throw new IllegalStateException("node " + v._1() + " routed to the partition of " + d.node());
        }
        R r = f.apply(v._1(), v._2(), d);
        if (r != null) {
          out.add(r);
        }
      }
      return out.iterator();
    });
  }

  /**
   * Pairs of nodes (smaller first, each pair once) sharing a band key: all pairs of a bucket, or
   * a star around its smallest node if it holds more than {@code maxBucket}. Both shuffles (band
   * keys to their bucket, pairs to the pass that drops repeats) move one packed array per task
   * and target partition, never a tuple per key.
   */
  static JavaPairRDD<Long, Long> candidates(JavaRDD<Doc> placed, MinHasher hasher,
                                            int maxBucket, int parts) {
    HashPartitioner byNumber = new HashPartitioner(parts); // an Integer key k < parts goes to k
    JavaPairRDD<Integer, long[]> keys = placed.mapPartitionsToPair(docs -> {
      LongPairs[] out = batches(parts);
      while (docs.hasNext()) {
        Doc d = docs.next();
        for (long key : hasher.bandKeys(d.shingles())) {
          out[Math.floorMod(Long.hashCode(key), parts)].add(key, d.node());
        }
      }
      return emit(out);
    });
    JavaPairRDD<Integer, long[]> pairs = keys.partitionBy(byNumber).mapPartitionsToPair(in -> {
      LongPairs buckets = gather(in);
      buckets.sortDistinct(); // by band key, then node: each bucket's members ascending
      LongPairs[] out = batches(parts);
      for (int start = 0, end; start < buckets.size(); start = end) {
        end = buckets.endOfRun(start);
        int last = end - start <= maxBucket ? end : start + 1;
        for (int i = start; i < last; i++) {
          for (int j = i + 1; j < end; j++) {
            long a = buckets.second(i);
            long b = buckets.second(j);
            out[Math.floorMod(Long.hashCode(Mix.mix64(a * 0x9e3779b97f4a7c15L + b)), parts)]
                .add(a, b);
          }
        }
      }
      return emit(out);
    });
    return pairs.partitionBy(byNumber).mapPartitionsToPair(in -> {
      LongPairs all = gather(in);
      all.sortDistinct();
      List<Tuple2<Long, Long>> out = new ArrayList<>(all.size());
      for (int i = 0; i < all.size(); i++) {
        out.add(new Tuple2<>(all.first(i), all.second(i)));
      }
      return out.iterator();
    });
  }

  private static LongPairs[] batches(int parts) {
    LongPairs[] batches = new LongPairs[parts];
    for (int p = 0; p < parts; p++) {
      batches[p] = new LongPairs();
    }
    return batches;
  }

  private static Iterator<Tuple2<Integer, long[]>> emit(LongPairs[] batches) {
    List<Tuple2<Integer, long[]>> out = new ArrayList<>();
    for (int p = 0; p < batches.length; p++) {
      if (batches[p].size() > 0) {
        out.add(new Tuple2<>(p, batches[p].packed()));
      }
    }
    return out.iterator();
  }

  private static LongPairs gather(Iterator<Tuple2<Integer, long[]>> batches) {
    LongPairs all = new LongPairs();
    batches.forEachRemaining(t -> all.addAll(LongPairs.of(t._2())));
    return all;
  }

  /**
   * Candidate pairs whose exact shingle Jaccard similarity reaches {@code threshold}: each pair
   * visits a's partition for its shingle set, then b's, where the two sets are compared.
   */
  static JavaRDD<VerifiedPair> verify(JavaPairRDD<Long, Long> candidates, JavaRDD<Doc> placed,
                                      HomePartitioner home, double threshold) {
    JavaPairRDD<Long, Doc> withA = JavaPairRDD.fromJavaRDD(atHome(candidates, placed, home,
        (a, b, da) -> new Tuple2<>(b, da)));
    return atHome(withA, placed, home, (b, da, db) -> {
      double j = NGrams.jaccard(da.shingles(), db.shingles());
      return j >= threshold ? new VerifiedPair(da.node(), b, da.id(), db.id(), j) : null;
    });
  }
}
