package dev.anneal.tokenize.shard;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import dev.anneal.schema.ShardSchemas;
import dev.anneal.tokenize.pack.TokenizedDocument;
import dev.anneal.tokenize.shard.megatron.DocumentStream;
import dev.anneal.tokenize.shard.megatron.MegatronIndexWriter;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Tokenizes samples, splits them into train and val by split key, applies the mixture, packs
 * them and writes the shards and their manifest. Shards are chosen and ordered by a seeded
 * shuffle key, so a re-run writes the same bytes.
 */
public final class ShardWriter {

  /** The splits, in the order they are written. */
  public static final List<String> SPLITS = List.of("train", "val");

  /** The stage name on the quarantine rows of samples the tokenizer failed on. */
  public static final String STAGE = "tokenize";

  private final ShardSettings settings;
  private final java.util.function.Consumer<Dataset<Row>> faults;

  /**
   * A writer with these settings; a sample the tokenizer fails on fails the write (see {@link
   * #onFaults} for the stage's way).
   */
  public ShardWriter(ShardSettings settings) {
    this(settings, ShardWriter::failOnFault);
  }

  private ShardWriter(ShardSettings settings, java.util.function.Consumer<Dataset<Row>> faults) {
    this.settings = settings;
    this.faults = faults;
  }

  /**
   * This writer, handing the samples the tokenizer failed on, as {@code raw/quarantine} rows at
   * stage {@code tokenize} (possibly none), to {@code sink} once per write, and writing the
   * shards from the other samples.
   */
  public ShardWriter onFaults(java.util.function.Consumer<Dataset<Row>> sink) {
    return new ShardWriter(settings, sink);
  }

  private static void failOnFault(Dataset<Row> quarantine) {
    if (!quarantine.isEmpty()) {
      Row r = quarantine.first();
      throw new IllegalStateException(r.getAs("location") + ": " + r.getAs("message"));
    }
  }

  /** {@link #write(Dataset, Dataset, String, String, String)} with nothing excluded. */
  public ShardManifest write(Dataset<Row> samples, String shardsDir, String configSha256,
                             String codeVersion) {
    return write(samples, null, shardsDir, configSha256, codeVersion);
  }

  /**
   * Writes {@code samples} (sample_id, source, text, split_key…) less those {@code excluded}
   * lists (a {@code curated/excluded} table, or null) as {@code shardsDir/SPLIT/part-*.parquet}
   * (and Megatron files when configured) and returns the manifest (not yet written; see {@link
   * ManifestIo}).
   */
  public ShardManifest write(Dataset<Row> samples, Dataset<Row> excluded, String shardsDir,
                             String configSha256, String codeVersion) {
    SparkSession spark = samples.sparkSession();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    TextTokenizer tokenizer = Tokenizers.named(settings.tokenizer());
    ShardManifest.TokenizerInfo info = new ShardManifest.TokenizerInfo(tokenizer.name(),
        tokenizer.vocabSize(), tokenizer.endOfTextId(), tokenizer.definitionSha256(),
        tokenizer.beginOfSequenceId() < 0 ? null : tokenizer.beginOfSequenceId());
    Map<String, String> footer = ShardMetadata.of(info, settings);
    List<String> columns = Arrays.asList(samples.columns());
    Column splitKey = columns.contains("split_key")
        ? coalesce(col("split_key"), col("sample_id"))
        : columns.contains("material_id") ? coalesce(col("material_id"), col("sample_id"))
        : col("sample_id");
    Column licence = columns.contains("licence") ? coalesce(col("licence"), lit("unknown"))
        : lit("unknown");
    Dataset<Row> in = samples.select(col("sample_id"), col("source"), col("text"),
        splitKey.as("split_key"), licence.as("licence"));
    long excludedCount = 0;
    if (excluded != null) {
      long before = in.count();
      Dataset<Row> ids = excluded.select(explode(col("sample_ids")).as("sample_id")).distinct();
      in = in.join(ids, in.col("sample_id").equalTo(ids.col("sample_id")), "left_anti");
      excludedCount = before - in.count();
    }
    long valCut = Math.round(settings.valFraction() * 1_000_000);
    Column split = when(pmod(xxhash64(col("split_key"), lit(settings.seed())), lit(1_000_000))
        .lt(valCut), lit("val")).otherwise(lit("train"));
    Column weight = lit(1.0);
    if (!settings.mixture().isEmpty()) {
      List<Column> kv = new ArrayList<>();
      settings.mixture().forEach((k, v) -> {
        kv.add(lit(k));
        kv.add(lit(v));
      });
      weight = coalesce(element_at(map(kv.toArray(new Column[0])), col("source")), lit(1.0));
    }
    Column u = pmod(xxhash64(col("sample_id"), lit(settings.seed() + 1)), lit(1_000_000))
        .divide(1e6);
    Column copies = when(col("split").equalTo("val"), lit(1)).otherwise(
        floor(col("w")).plus(when(u.lt(col("w").minus(floor(col("w")))), 1).otherwise(0)))
        .cast("int");
    int parallel = Math.max(2, 2 * spark.sparkContext().defaultParallelism());
    JavaRDD<TokenizedSample> all = in.withColumn("split", split).withColumn("w", weight)
        .withColumn("copies", copies)
        .select("sample_id", "source", "split", "copies", "text", "licence")
        .repartition(parallel)
        .javaRDD().mapPartitions(new TokenizePartition(settings.tokenizer()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      // The record barrier: a sample the tokenizer failed on is a quarantine row, not a shard's.
      faults.accept(spark.createDataFrame(all.filter(t -> !t.ok()).map(t ->
          org.apache.spark.sql.RowFactory.create("", STAGE, t.reason(), t.fault(),
              "sample_id " + t.sampleId() + " (source " + t.source() + ")", "")),
          dev.anneal.schema.RawSchemas.QUARANTINE));
      JavaRDD<TokenizedSample> tokenized = all.filter(TokenizedSample::ok);
      // split|source -> samples, unique tokens, documents, emitted tokens
      Map<String, long[]> stats = new TreeMap<>(tokenized.mapToPair(t -> new Tuple2<>(
              t.split() + "|" + t.source(), new long[] {1, t.ids().length + 1L, t.copies(),
              (long) t.copies() * (t.ids().length + 1L)}))
          .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]})
          .collectAsMap());
      // split -> licence -> samples, documents, tokens (every token is packed, none dropped)
      Map<String, Map<String, ShardManifest.LicenceCounts>> licences = new TreeMap<>();
      tokenized.mapToPair(t -> new Tuple2<>(t.split() + "|" + t.licence(), new long[] {1,
              t.copies(), (long) t.copies() * (t.ids().length + 1L)}))
          .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]})
          .collectAsMap().forEach((k, v) -> {
            int bar = k.indexOf('|');
            if (v[1] > 0) {
              licences.computeIfAbsent(k.substring(0, bar), x -> new TreeMap<>())
                  .put(k.substring(bar + 1), new ShardManifest.LicenceCounts(v[0], v[1], v[2]));
            }
          });
      // split -> log2 bin of a document's tokens -> documents (repeats counted)
      Map<String, Map<Integer, Long>> documentTokens = new TreeMap<>();
      tokenized.filter(t -> t.copies() > 0)
          .mapToPair(t -> new Tuple2<>(t.split() + "|"
              + (31 - Integer.numberOfLeadingZeros(t.ids().length + 1)), (long) t.copies()))
          .reduceByKey(Long::sum).collectAsMap().forEach((k, v) -> {
            int bar = k.indexOf('|');
            documentTokens.computeIfAbsent(k.substring(0, bar), x -> new TreeMap<>())
                .put(Integer.parseInt(k.substring(bar + 1)), v);
          });
      List<ShardFile> files = new ArrayList<>();
      Map<String, ShardManifest.Counts> splits = new TreeMap<>();
      Map<String, Map<String, ShardManifest.Counts>> bySplit = new TreeMap<>();
      Map<String, ShardManifest.PackingStats> packingStats = new TreeMap<>();
      for (String s : SPLITS) {
        long emitted = stats.entrySet().stream().filter(e -> e.getKey().startsWith(s + "|"))
            .mapToLong(e -> e.getValue()[3]).sum();
        long samplesIn = stats.entrySet().stream().filter(e -> e.getKey().startsWith(s + "|"))
            .mapToLong(e -> e.getValue()[0]).sum();
        long documents = stats.entrySet().stream().filter(e -> e.getKey().startsWith(s + "|"))
            .mapToLong(e -> e.getValue()[2]).sum();
        String dir = shardsDir + "/" + s;
        deleteQuietly(conf, dir);
        if (documents == 0) {
          splits.put(s, new ShardManifest.Counts(0, 0, 0));
          bySplit.put(s, Map.of());
          packingStats.put(s, new ShardManifest.PackingStats(0, 0, 0, 0));
          continue;
        }
        int shards = (int) Math.max(settings.shards(),
            Math.min(100_000, (emitted + settings.targetShardTokens() - 1)
                / settings.targetShardTokens()));
        writeSplit(spark, tokenized, s, shards, dir, footer);
        Dataset<Row> written = spark.read().parquet(dir);
        List<ShardFile> splitFiles = describeFiles(written, shardsDir, s);
        files.addAll(splitFiles);
        long sequences = splitFiles.stream().mapToLong(ShardFile::rows).sum();
        long tokens = splitFiles.stream().mapToLong(ShardFile::tokens).sum();
        splits.put(s, new ShardManifest.Counts(samplesIn, sequences, tokens));
        Dataset<Row> pieces = pieces(written);
        bySplit.put(s, perSource(pieces));
        packingStats.put(s, packingStats(spark, pieces, tokenized, s, documents));
        if (settings.megatron()) {
          files.addAll(writeMegatron(spark, conf, shardsDir, s, tokenizer.endOfTextId(),
              splitFiles));
        }
      }
      return new ShardManifest(ShardManifest.FORMAT_VERSION, info, settings.seqLen(),
          settings.packing(), packingStats, splits, totals(bySplit), bySplit,
          mixture(stats, bySplit.get("train")), licences, documentTokens, settings.valFraction(), excludedCount, files,
          settings.seed(), configSha256, codeVersion);
    } finally {
      all.unpersist(false);
    }
  }

  private void writeSplit(SparkSession spark, JavaRDD<TokenizedSample> tokenized, String split,
                          int shards, String dir, Map<String, String> footer) {
    long seed = settings.seed();
    JavaRDD<Row> rows = tokenized.filter(t -> t.split().equals(split) && t.copies() > 0)
        .flatMapToPair(t -> {
          List<Tuple2<Long, TokenizedDocument>> out = new ArrayList<>(t.copies());
          TokenizedDocument doc = new TokenizedDocument(t.sampleId(), t.source(), t.ids());
          for (int c = 0; c < t.copies(); c++) {
            out.add(new Tuple2<>(ShuffleKey.of(seed, t.sampleId(), c), doc));
          }
          return out.iterator();
        })
        .repartitionAndSortWithinPartitions(new ShardPartitioner(shards))
        .mapPartitions(new PackPartition(settings));
    spark.createDataFrame(rows, ShardSchemas.SEQUENCES)
        .write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(dir);
    renameStably(spark.sparkContext().hadoopConfiguration(), dir, footer);
  }

  /** One row per document piece: seq, len, sample_id, source. */
  private static Dataset<Row> pieces(Dataset<Row> written) {
    return written.withColumn("seq", monotonically_increasing_id())
        .select(col("seq"), explode(arrays_zip(col("doc_lengths"), col("sample_ids"),
            col("sources"))).as("p"))
        .select(col("seq"), col("p.doc_lengths").as("len"), col("p.sample_ids").as("sample_id"),
            col("p.sources").as("source"));
  }

  /** Per source: distinct samples, sequences it appears in, and tokens (from doc_lengths). */
  private static Map<String, ShardManifest.Counts> perSource(Dataset<Row> pieces) {
    Map<String, ShardManifest.Counts> out = new TreeMap<>();
    for (Row r : pieces.groupBy("source")
        .agg(countDistinct("sample_id"), countDistinct("seq"), sum("len"))
        .collectAsList()) {
      out.put(r.getString(0), new ShardManifest.Counts(r.getLong(1), r.getLong(2), r.getLong(3)));
    }
    return out;
  }

  /** Pieces shorter than their document (and end-of-text) were cut from it. */
  private static ShardManifest.PackingStats packingStats(SparkSession spark, Dataset<Row> pieces,
                                                         JavaRDD<TokenizedSample> tokenized,
                                                         String split, long documents) {
    JavaRDD<Row> lengths = tokenized.filter(t -> t.split().equals(split))
        .map(t -> org.apache.spark.sql.RowFactory.create(t.sampleId(), t.ids().length + 1));
    Dataset<Row> full = spark.createDataFrame(lengths,
        org.apache.spark.sql.types.DataTypes.createStructType(List.of(
            org.apache.spark.sql.types.DataTypes.createStructField("sample_id",
                org.apache.spark.sql.types.DataTypes.StringType, false),
            org.apache.spark.sql.types.DataTypes.createStructField("full",
                org.apache.spark.sql.types.DataTypes.IntegerType, false))));
    Row r = pieces.join(full, "sample_id")
        .agg(count(lit(1)), sum(when(col("len").lt(col("full")), 1).otherwise(0)),
            countDistinct(when(col("len").lt(col("full")), col("sample_id"))))
        .first();
    return new ShardManifest.PackingStats(documents, r.getLong(0),
        r.isNullAt(1) ? 0 : r.getLong(1), r.getLong(2));
  }

  private static Map<String, ShardManifest.Counts> totals(
      Map<String, Map<String, ShardManifest.Counts>> bySplit) {
    Map<String, ShardManifest.Counts> out = new TreeMap<>();
    bySplit.values().forEach(m -> m.forEach((source, c) -> out.merge(source, c,
        (a, b) -> new ShardManifest.Counts(a.samples() + b.samples(),
            a.sequences() + b.sequences(), a.tokens() + b.tokens()))));
    return out;
  }

  private Map<String, ShardManifest.MixtureEntry> mixture(Map<String, long[]> stats,
                                                          Map<String, ShardManifest.Counts> train) {
    Map<String, ShardManifest.MixtureEntry> out = new TreeMap<>();
    for (Map.Entry<String, long[]> e : stats.entrySet()) {
      if (!e.getKey().startsWith("train|")) {
        continue;
      }
      String source = e.getKey().substring("train|".length());
      long unique = e.getValue()[1];
      long tokens = train == null || !train.containsKey(source) ? 0 : train.get(source).tokens();
      out.put(source, new ShardManifest.MixtureEntry(settings.weight(source), e.getValue()[0],
          unique, tokens, unique == 0 ? 0 : (double) tokens / unique));
    }
    return out;
  }

  /**
   * Writes {@code megatron/SPLIT.bin} and {@code .idx} with one Megatron document per training
   * document (rebuilt from the split's Parquet pieces in file order, end-of-text token last), not
   * per packed sequence: Megatron-LM, NeMo and GPT-NeoX build and shuffle their own samples from
   * documents, and would otherwise put a cut half of a document beside unrelated text.
   */
  private static List<ShardFile> writeMegatron(SparkSession spark, Configuration conf,
                                               String shardsDir, String split, int endOfText,
                                               List<ShardFile> parquet) {
    try {
      Path dir = new Path(shardsDir, "megatron");
      FileSystem fs = dir.getFileSystem(conf);
      fs.mkdirs(dir);
      Path bin = new Path(dir, split + ".bin");
      Path idx = new Path(dir, split + ".idx");
      long documents;
      long tokens;
      try (MegatronIndexWriter w = new MegatronIndexWriter(fs.create(bin, true),
          fs.create(idx, true))) {
        DocumentStream docs = new DocumentStream(sequences(spark, shardsDir, parquet), endOfText);
        while (docs.hasNext()) {
          w.add(docs.next().ids());
        }
        documents = w.sequences();
        tokens = w.tokens();
      }
      return List.of(
          new ShardFile("megatron/" + split + ".bin", split, documents, tokens,
              fs.getFileStatus(bin).getLen(), sha256(fs, bin)),
          new ShardFile("megatron/" + split + ".idx", split, documents, tokens,
              fs.getFileStatus(idx).getLen(), sha256(fs, idx)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Megatron files of " + split, e);
    }
  }

  /** The packed sequences of {@code files} (paths relative to the shards), in file order. */
  static Iterator<DocumentStream.Sequence> sequences(SparkSession spark, String shardsDir,
                                                     List<ShardFile> files) {
    Iterator<ShardFile> fileIt = files.stream()
        .filter(f -> f.path().endsWith(".parquet"))
        .sorted((a, b) -> a.path().compareTo(b.path())).iterator();
    return new Iterator<>() {
      private Iterator<Row> rows = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!rows.hasNext() && fileIt.hasNext()) {
          rows = spark.read().parquet(new Path(shardsDir, fileIt.next().path()).toString())
              .select("input_ids", "doc_lengths", "sample_ids").toLocalIterator();
        }
        return rows.hasNext();
      }

      @Override
      public DocumentStream.Sequence next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Row r = rows.next();
        return new DocumentStream.Sequence(r.getList(0), r.getList(1), r.getList(2));
      }
    };
  }

  /** Rows and tokens per file from the data itself, bytes and SHA-256 from the file system. */
  private static List<ShardFile> describeFiles(Dataset<Row> written, String shardsDir,
                                               String split) {
    Map<String, long[]> counts = new TreeMap<>();
    for (Row r : written.withColumn("file", input_file_name())
        .groupBy("file").agg(count("*"), sum(size(col("input_ids"))))
        .collectAsList()) {
      counts.put(new Path(r.getString(0)).getName(), new long[] {r.getLong(1), r.getLong(2)});
    }
    List<ShardFile> files = new ArrayList<>();
    try {
      Path dir = new Path(shardsDir, split);
      FileSystem fs = dir.getFileSystem(written.sparkSession().sparkContext().hadoopConfiguration());
      for (FileStatus status : fs.listStatus(dir, p -> p.getName().endsWith(".parquet"))) {
        String name = status.getPath().getName();
        long[] c = counts.getOrDefault(name, new long[] {0, 0});
        files.add(new ShardFile(split + "/" + name, split, c[0], c[1], status.getLen(),
            sha256(fs, status.getPath())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot describe shards in " + shardsDir, e);
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return files;
  }

  private static void deleteQuietly(Configuration conf, String dir) {
    try {
      Path p = new Path(dir);
      p.getFileSystem(conf).delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }

  /**
   * Spark names files with a random job id; shards are renamed {@code part-00000.parquet}… in
   * Spark's partition order, so a re-run produces the same file names as well as the same rows,
   * and their footers list column encodings in a fixed order ({@link StableFooter}), so shards
   * written by different executor processes hash alike, and carry the tokenizer's identity
   * ({@link ShardMetadata}) in their key-value metadata.
   */
  private static void renameStably(Configuration conf, String dir, Map<String, String> footer) {
    try {
      Path path = new Path(dir);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] files = fs.listStatus(path, p -> p.getName().endsWith(".parquet"));
      Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (int i = 0; i < files.length; i++) {
        Path target = new Path(path, String.format(Locale.ROOT, "part-%05d.parquet", i));
        if (!fs.rename(files[i].getPath(), target)) {
          throw new IOException("cannot rename " + files[i].getPath() + " to " + target);
        }
        StableFooter.apply(fs, target, footer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot name the shards in " + dir, e);
    }
  }

  static String sha256(FileSystem fs, Path path) throws IOException {
    MessageDigest sha = sha256Digest();
    try (InputStream in = new DigestInputStream(fs.open(path), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
