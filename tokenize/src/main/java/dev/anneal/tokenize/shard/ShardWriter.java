package dev.anneal.tokenize.shard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Tokenizes samples, packs them and writes the shards and their manifest. Samples are spread
 * over shards by a hash of their id and sorted within each, so a re-run writes the same bytes.
 */
public final class ShardWriter {

  private final ShardSettings settings;

  /** A writer with these settings. */
  public ShardWriter(ShardSettings settings) {
    this.settings = settings;
  }

  /**
   * Writes {@code samples} (sample_id, source, text, …) as {@code shardsDir/train/part-*.parquet}
   * and returns the manifest (not yet written; see {@link ManifestIo}).
   */
  public ShardManifest write(Dataset<Row> samples, String shardsDir, String configSha256,
                             String codeVersion) {
    TextTokenizer tokenizer = Tokenizers.named(settings.tokenizer());
    String trainDir = shardsDir + "/train";
    samples.select(col("sample_id"), col("source"), col("text"))
        .repartition(settings.shards(), col("sample_id"))
        .sortWithinPartitions("sample_id")
        .mapPartitions(new PackPartition(settings.tokenizer(), settings.seqLen()),
            Encoders.row(ShardSchema.SEQUENCES))
        .write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(trainDir);
    renameStably(samples.sparkSession().sparkContext().hadoopConfiguration(), trainDir);

    Dataset<Row> written = samples.sparkSession().read().parquet(trainDir);
    List<ShardFile> files = describeFiles(written, shardsDir, "train");
    long sequences = files.stream().mapToLong(ShardFile::rows).sum();
    long tokens = files.stream().mapToLong(ShardFile::tokens).sum();
    long sampleCount = samples.count();
    Map<String, ShardManifest.Counts> splits = Map.of("train",
        new ShardManifest.Counts(sampleCount, sequences, tokens));
    ShardManifest.TokenizerInfo info = new ShardManifest.TokenizerInfo(tokenizer.name(),
        tokenizer.vocabSize(), tokenizer.endOfTextId(), tokenizer.definitionSha256());
    return new ShardManifest(ShardManifest.FORMAT_VERSION, info, settings.seqLen(),
        "concat_split", splits, perSource(written), files, settings.seed(), configSha256,
        codeVersion);
  }

  /** Per source: distinct samples, sequences it appears in, and tokens (from doc_lengths). */
  private static Map<String, ShardManifest.Counts> perSource(Dataset<Row> written) {
    Dataset<Row> pieces = written
        .withColumn("seq", org.apache.spark.sql.functions.monotonically_increasing_id())
        .select(col("seq"), explode(org.apache.spark.sql.functions.arrays_zip(
            col("doc_lengths"), col("sample_ids"), col("sources"))).as("p"))
        .select(col("seq"), col("p.doc_lengths").as("len"), col("p.sample_ids").as("sample_id"),
            col("p.sources").as("source"));
    Map<String, ShardManifest.Counts> out = new TreeMap<>();
    for (Row r : pieces.groupBy("source")
        .agg(countDistinct("sample_id"), countDistinct("seq"), sum("len"))
        .collectAsList()) {
      out.put(r.getString(0), new ShardManifest.Counts(r.getLong(1), r.getLong(2), r.getLong(3)));
    }
    return out;
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

  /**
   * Spark names files with a random job id; shards are renamed {@code part-00000.parquet}… in
   * Spark's partition order, so a re-run produces the same file names as well as the same rows.
   */
  private static void renameStably(org.apache.hadoop.conf.Configuration conf, String dir) {
    try {
      Path path = new Path(dir);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] files = fs.listStatus(path, p -> p.getName().endsWith(".parquet"));
      java.util.Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (int i = 0; i < files.length; i++) {
        Path target = new Path(path, String.format(java.util.Locale.ROOT, "part-%05d.parquet", i));
        if (!fs.rename(files[i].getPath(), target)) {
          throw new IOException("cannot rename " + files[i].getPath() + " to " + target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot name the shards in " + dir, e);
    }
  }

  static String sha256(FileSystem fs, Path path) throws IOException {
    MessageDigest sha = sha256Digest();
    try (InputStream in = new DigestInputStream(fs.open(path), sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
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
