package dev.anneal.tokenize.shard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Re-reads a shard set and checks it against its manifest: every listed file exists with its
 * size and SHA-256, no unlisted file is present, rows, tokens, sequence lengths and document
 * spans are what the manifest says for every split, no sample is in both train and val, and the
 * Megatron files (when listed) hold the same sequences as the Parquet shards.
 */
public final class ShardVerifier {

  private ShardVerifier() {
  }

  /** The outcome: what was checked and every discrepancy found (empty when the set is sound). */
  public record Report(int files, long rows, long tokens, List<String> problems) {

    /** Whether nothing was wrong. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Verifies the shard set in {@code shardsDir} (the directory holding manifest.json). */
  public static Report verify(SparkSession spark, String shardsDir) {
    List<String> problems = new ArrayList<>();
    try {
      Path dir = new Path(shardsDir);
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Path manifestPath = new Path(dir, "manifest.json");
      if (!fs.exists(manifestPath)) {
        return new Report(0, 0, 0, List.of("no manifest.json in " + shardsDir));
      }
      ShardManifest manifest;
      try (InputStream in = fs.open(manifestPath)) {
        manifest = ManifestIo.read(in);
      }
      Map<String, ShardFile> listed = new HashMap<>();
      for (ShardFile f : manifest.files()) {
        listed.put(f.path(), f);
        Path p = new Path(dir, f.path());
        if (!fs.exists(p)) {
          problems.add(f.path() + ": listed in the manifest but missing");
          continue;
        }
        long bytes = fs.getFileStatus(p).getLen();
        if (bytes != f.bytes()) {
          problems.add(f.path() + ": " + bytes + " bytes, manifest says " + f.bytes());
        }
        String sha = ShardWriter.sha256(fs, p);
        if (!sha.equals(f.sha256())) {
          problems.add(f.path() + ": sha256 " + sha + ", manifest says " + f.sha256());
        }
      }
      for (String split : manifest.splits().keySet()) {
        Path splitDir = new Path(dir, split);
        if (!fs.exists(splitDir)) {
          if (manifest.splits().get(split).sequences() > 0) {
            problems.add(split + ": the manifest lists sequences but the directory is missing");
          }
          continue;
        }
        for (FileStatus s : fs.listStatus(splitDir, p -> p.getName().endsWith(".parquet"))) {
          String rel = split + "/" + s.getPath().getName();
          if (!listed.containsKey(rel)) {
            problems.add(rel + ": present but not in the manifest");
          }
        }
      }
      long rows = 0;
      long tokens = 0;
      for (String split : manifest.splits().keySet()) {
        if (!fs.exists(new Path(dir, split))) {
          continue;
        }
        long splitRows = 0;
        long splitTokens = 0;
        String splitPath = new Path(dir, split).toString();
        var data = spark.read().parquet(splitPath);
        for (Row r : data.withColumn("file", input_file_name()).groupBy("file")
            .agg(count("*"), sum(size(col("input_ids")))).collectAsList()) {
          String rel = split + "/" + new Path(r.getString(0)).getName();
          ShardFile f = listed.get(rel);
          if (f != null && (f.rows() != r.getLong(1) || f.tokens() != r.getLong(2))) {
            problems.add(rel + ": " + r.getLong(1) + " rows / " + r.getLong(2)
                + " tokens, manifest says " + f.rows() + " / " + f.tokens());
          }
          splitRows += r.getLong(1);
          splitTokens += r.getLong(2);
        }
        rows += splitRows;
        tokens += splitTokens;
        long tooLong = data.where(size(col("input_ids")).gt(manifest.seqLen())).count();
        if (tooLong > 0) {
          problems.add(split + ": " + tooLong + " sequences longer than seq_len " + manifest.seqLen());
        }
        long badSpans = data.where("aggregate(doc_lengths, 0, (a, x) -> a + x) != size(input_ids)"
            + " OR size(doc_lengths) != size(sample_ids)").count();
        if (badSpans > 0) {
          problems.add(split + ": " + badSpans + " sequences whose doc_lengths do not add up");
        }
        long outOfVocab = data.selectExpr("explode(input_ids) AS id")
            .where(col("id").lt(0).or(col("id").geq(manifest.tokenizer().vocabSize()))).count();
        if (outOfVocab > 0) {
          problems.add(split + ": " + outOfVocab + " token ids outside the vocabulary");
        }
        ShardManifest.Counts expected = manifest.splits().get(split);
        if (expected.tokens() != splitTokens || expected.sequences() != splitRows) {
          problems.add(split + ": " + splitRows + " sequences / " + splitTokens
              + " tokens, manifest says " + expected.sequences() + " / " + expected.tokens());
        }
        problems.addAll(MegatronCheck.check(spark, fs, dir, manifest, split));
      }
      if (manifest.splits().containsKey("val") && manifest.splits().containsKey("train")
          && fs.exists(new Path(dir, "val")) && fs.exists(new Path(dir, "train"))) {
        long shared = spark.read().parquet(new Path(dir, "train").toString())
            .selectExpr("explode(sample_ids) AS s").distinct()
            .intersect(spark.read().parquet(new Path(dir, "val").toString())
                .selectExpr("explode(sample_ids) AS s").distinct()).count();
        if (shared > 0) {
          problems.add(shared + " samples are in both train and val");
        }
      }
      return new Report(manifest.files().size(), rows, tokens, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shards in " + shardsDir, e);
    }
  }
}
