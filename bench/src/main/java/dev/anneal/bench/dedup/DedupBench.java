package dev.anneal.bench.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import dev.anneal.quality.dedup.MinHashSettings;
import dev.anneal.quality.dedup.spark.NearDuplicates;
import dev.anneal.quality.text.NGrams;
import dev.anneal.quality.text.Words;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The near-duplicate benchmark's command line:
 * {@code generate|ours|mllib|score} (see {@code scripts/bench/dedup.sh}). Each prints one JSON
 * line of figures.
 */
public final class DedupBench {

  private static final StructType DOCS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("cluster", DataTypes.LongType, false),
      DataTypes.createStructField("variant", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false)));
  private static final StructType TRUTH = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id_a", DataTypes.StringType, false),
      DataTypes.createStructField("id_b", DataTypes.StringType, false),
      DataTypes.createStructField("jaccard", DataTypes.DoubleType, false)));

  private DedupBench() {
  }

  /** Entry point: {@code MODE --key value ...}. */
  public static void main(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    SparkSession spark = SparkSession.builder().master(opt.getOrDefault("master", "local[2]"))
        .appName("dedup-bench").config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", opt.getOrDefault("partitions", "8"))
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel(opt.getOrDefault("log", "WARN"));
    if (opt.containsKey("jobs")) {
      org.apache.logging.log4j.core.config.Configurator.setLevel(
          "org.apache.spark.scheduler.DAGScheduler", org.apache.logging.log4j.Level.INFO);
    }
    Map<String, Object> figures = new java.util.LinkedHashMap<>();
    figures.put("mode", args[0]);
    // --repeat N runs the same work N times in this JVM: the first round pays class loading,
    // JIT compilation and Spark SQL's lazy set-up, later rounds show the steady state.
    int repeat = Integer.parseInt(opt.getOrDefault("repeat", "1"));
    List<Double> rounds = new ArrayList<>();
    for (int round = 0; round < repeat; round++) {
      long t0 = System.nanoTime();
      switch (args[0]) {
        case "generate" -> generate(spark, opt, figures);
        case "ours" -> ours(spark, opt, figures);
        case "mllib" -> mllib(spark, opt, figures);
        case "score" -> score(spark, opt, figures);
        case "floor" -> floor(spark, opt, figures);
        default -> throw new IllegalArgumentException("mode: generate|ours|mllib|score|floor");
      }
      rounds.add(Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
    }
    figures.put("seconds", rounds.get(0));
    if (repeat > 1) {
      figures.put("rounds", rounds.toString());
    }
    figures.put("peak_heap_mb", peakHeapMb());
    figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    StringBuilder json = new StringBuilder("{");
    figures.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k)
        .append("\": ").append(v instanceof String ? "\"" + v + "\"" : String.valueOf(v)));
    System.out.println("RESULT " + json.append('}'));
    spark.stop();
  }

  private static void generate(SparkSession spark, Map<String, String> opt,
                               Map<String, Object> figures) {
    long docs = Long.parseLong(opt.get("docs"));
    int words = Integer.parseInt(opt.getOrDefault("words", "600"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "42"));
    CorpusGenerator gen = new CorpusGenerator(words, seed);
    long clusters = Math.max(1, Math.round(docs / 1.8));
    FlatMapFunction<Long, Row> f = c -> gen.cluster(c).stream()
        .map(d -> RowFactory.create(d.id(), d.cluster(), d.variant(), d.text())).iterator();
    Dataset<Row> out = spark.range(0, clusters, 1, Integer.parseInt(opt.getOrDefault("files", "8")))
        .as(Encoders.LONG()).flatMap(f, Encoders.row(DOCS));
    out.write().mode(SaveMode.Overwrite).parquet(opt.get("out"));
    Dataset<Row> written = spark.read().parquet(opt.get("out"));
    figures.put("docs", written.count());
    figures.put("text_mb", Math.round(written.agg(org.apache.spark.sql.functions.sum(
        length(col("text")))).first().getLong(0) / 1e4) / 100.0);
  }

  private static MinHashSettings settings(Map<String, String> opt) {
    return new MinHashSettings(Integer.parseInt(opt.getOrDefault("shingle", "5")),
        Integer.parseInt(opt.getOrDefault("bands", "16")),
        Integer.parseInt(opt.getOrDefault("rows", "4")),
        Double.parseDouble(opt.getOrDefault("threshold", "0.8")), 1234L,
        Integer.parseInt(opt.getOrDefault("max_bucket", "64")));
  }

  private static void ours(SparkSession spark, Map<String, String> opt,
                           Map<String, Object> figures) {
    MinHashSettings s = settings(opt);
    figures.put("settings", String.format(Locale.ROOT, "shingle=%d bands=%d rows=%d t=%.2f",
        s.shingleSize(), s.bands(), s.rows(), s.threshold()));
    Dataset<Row> docs = spark.read().parquet(opt.get("in"))
        // The longest text is kept: its length in bytes, which Spark knows for free (the
        // length in characters takes a pass over every text).
        .select(col("id"), col("text"), octet_length(col("text")).cast(DataTypes.DoubleType)
            .as("priority"));
    NearDuplicates.Result r = NearDuplicates.find(docs, s);
    r.pairs().write().mode(SaveMode.Overwrite).parquet(opt.get("out") + "/pairs");
    r.removed().write().mode(SaveMode.Overwrite).parquet(opt.get("out") + "/removed");
    r.close().run();
    figures.put("pairs", spark.read().parquet(opt.get("out") + "/pairs").count());
    figures.put("removed", spark.read().parquet(opt.get("out") + "/removed").count());
  }

  /**
   * The least any Spark job doing this task pays: read every text, write a small table of
   * pairs and count it back, with no near-duplicate work at all (each id paired with itself).
   * The texts are read as {@code ours} reads them, with their length in bytes.
   */
  private static void floor(SparkSession spark, Map<String, String> opt,
                            Map<String, Object> figures) {
    spark.read().parquet(opt.get("in"))
        .select(col("id").as("id_a"), col("id").as("id_b"),
            octet_length(col("text")).cast(DataTypes.DoubleType).as("jaccard"))
        .where(col("jaccard").lt(0))
        .write().mode(SaveMode.Overwrite).parquet(opt.get("out") + "/pairs");
    figures.put("pairs", spark.read().parquet(opt.get("out") + "/pairs").count());
  }

  private static void mllib(SparkSession spark, Map<String, String> opt,
                            Map<String, Object> figures) {
    int tables = Integer.parseInt(opt.getOrDefault("tables", "16"));
    int shingle = Integer.parseInt(opt.getOrDefault("shingle", "5"));
    double threshold = Double.parseDouble(opt.getOrDefault("threshold", "0.8"));
    figures.put("settings", String.format(Locale.ROOT, "shingle=%d tables=%d t=%.2f", shingle,
        tables, threshold));
    Dataset<Row> docs = spark.read().parquet(opt.get("in")).select("id", "text");
    PipelineModel features = new Pipeline().setStages(new PipelineStage[] {
        new RegexTokenizer().setInputCol("text").setOutputCol("words")
            .setPattern("[^\\p{L}\\p{N}]+").setToLowercase(true),
        new NGram().setN(shingle).setInputCol("words").setOutputCol("shingles"),
        new HashingTF().setInputCol("shingles").setOutputCol("features").setBinary(true)
            .setNumFeatures(1 << 24)}).fit(docs);
    Dataset<Row> vectors = features.transform(docs).select("id", "features")
        .where(org.apache.spark.sql.functions.udf(
            (UDF1<Vector, Boolean>) v -> v.numNonzeros() > 0, DataTypes.BooleanType)
            .apply(col("features")));
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(tables).setSeed(1234L)
        .setInputCol("features").setOutputCol("hashes").fit(vectors);
    Dataset<Row> joined = model.approxSimilarityJoin(vectors, vectors, 1 - threshold, "distance")
        .select(col("datasetA.id").as("x"), col("datasetB.id").as("y"), col("distance"))
        .where(col("x").lt(col("y")))
        .select(col("x").as("id_a"), col("y").as("id_b"), lit(1.0).minus(col("distance"))
            .as("jaccard"));
    joined.write().mode(SaveMode.Overwrite).parquet(opt.get("out") + "/pairs");
    figures.put("pairs", spark.read().parquet(opt.get("out") + "/pairs").count());
  }

  private static void score(SparkSession spark, Map<String, String> opt,
                            Map<String, Object> figures) {
    double threshold = Double.parseDouble(opt.getOrDefault("threshold", "0.8"));
    int shingle = Integer.parseInt(opt.getOrDefault("shingle", "5"));
    Dataset<Row> docs = spark.read().parquet(opt.get("in"));
    // Ground truth: every pair inside a generated cluster, by exact Jaccard of the shingle sets
    // (documents of different clusters share no generated text).
    FlatMapFunction<Row, Row> pairs = row -> {
      List<Row> members = row.getList(0);
      List<Row> out = new ArrayList<>();
      List<long[]> sets = new ArrayList<>();
      for (Row m : members) {
        sets.add(NGrams.sortedDistinct(m.getString(1), shingle));
      }
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          String a = members.get(i).getString(0);
          String b = members.get(j).getString(0);
          out.add(RowFactory.create(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a,
              NGrams.jaccard(sets.get(i), sets.get(j))));
        }
      }
      return out.iterator();
    };
    Dataset<Row> truth = docs.groupBy("cluster").agg(collect_list(struct("id", "text")).as("m"))
        .where(size(col("m")).gt(1)).select("m").flatMap(pairs, Encoders.row(TRUTH))
        .where(col("jaccard").geq(threshold)).cache();
    long positives = truth.count();
    figures.put("truth_pairs", positives);
    Dataset<Row> texts = docs.select("id", "text");
    for (String name : opt.get("pairs").split(",")) {
      String[] kv = name.split("=");
      Dataset<Row> found = spark.read().parquet(kv[1])
          .select(least(col("id_a"), col("id_b")).as("id_a"),
              greatest(col("id_a"), col("id_b")).as("id_b")).distinct();
      Dataset<Row> exact = found
          .join(texts.withColumnRenamed("id", "id_a").withColumnRenamed("text", "ta"), "id_a")
          .join(texts.withColumnRenamed("id", "id_b").withColumnRenamed("text", "tb"), "id_b")
          .select(col("id_a"), col("id_b"), org.apache.spark.sql.functions.udf(
              (org.apache.spark.sql.api.java.UDF2<String, String, Double>) (x, y) ->
                  NGrams.jaccard(NGrams.sortedDistinct(x, shingle),
                      NGrams.sortedDistinct(y, shingle)), DataTypes.DoubleType)
              .apply(col("ta"), col("tb")).as("exact"));
      long n = exact.count();
      long right = exact.where(col("exact").geq(threshold)).count();
      long hit = truth.join(found, scala.collection.JavaConverters.asScalaBuffer(
          List.of("id_a", "id_b")).toSeq()).count();
      figures.put(kv[0] + "_pairs", n);
      figures.put(kv[0] + "_precision", n == 0 ? 1.0 : round4((double) right / n));
      figures.put(kv[0] + "_recall", positives == 0 ? 1.0 : round4((double) hit / positives));
    }
  }

  private static double round4(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
