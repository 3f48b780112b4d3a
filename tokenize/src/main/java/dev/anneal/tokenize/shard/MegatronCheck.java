package dev.anneal.tokenize.shard;

import dev.anneal.tokenize.shard.megatron.MegatronIndex;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Checks a split's Megatron {@code .bin}/{@code .idx} against its Parquet shards: a sound index,
 * and the same sequences, id for id, in file order.
 */
final class MegatronCheck {

  private MegatronCheck() {
  }

  static List<String> check(SparkSession spark, FileSystem fs, Path dir, ShardManifest manifest,
                            String split) throws IOException {
    List<String> problems = new ArrayList<>();
    String binRel = "megatron/" + split + ".bin";
    String idxRel = "megatron/" + split + ".idx";
    boolean listed = manifest.files().stream().anyMatch(f -> f.path().equals(idxRel));
    if (!listed) {
      return problems;
    }
    Path bin = new Path(dir, binRel);
    Path idx = new Path(dir, idxRel);
    if (!fs.exists(bin) || !fs.exists(idx)) {
      return problems; // reported as missing files already
    }
    MegatronIndex index;
    try (InputStream in = fs.open(idx)) {
      index = MegatronIndex.parse(in.readAllBytes());
    } catch (IOException e) {
      problems.add(idxRel + ": " + e.getMessage());
      return problems;
    }
    index.problems(fs.getFileStatus(bin).getLen()).forEach(p -> problems.add(idxRel + ": " + p));
    ShardManifest.Counts expected = manifest.splits().get(split);
    if (index.sizes().length != expected.sequences() || index.tokens() != expected.tokens()) {
      problems.add(idxRel + ": " + index.sizes().length + " sequences / " + index.tokens()
          + " tokens, manifest says " + expected.sequences() + " / " + expected.tokens());
      return problems;
    }
    int seq = 0;
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(fs.open(bin),
        1 << 16))) {
      List<String> parquet = manifest.files().stream()
          .filter(f -> f.split().equals(split) && f.path().endsWith(".parquet"))
          .map(ShardFile::path).sorted().toList();
      for (String file : parquet) {
        Iterator<Row> rows = spark.read().parquet(new Path(dir, file).toString())
            .select("input_ids").toLocalIterator();
        while (rows.hasNext()) {
          List<Integer> ids = rows.next().getList(0);
          byte[] raw = new byte[index.sizes()[seq] * 4];
          in.readFully(raw);
          ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
          boolean same = ids.size() == index.sizes()[seq];
          for (int i = 0; same && i < ids.size(); i++) {
            same = b.getInt() == ids.get(i);
          }
          if (!same) {
            problems.add(binRel + ": sequence " + seq + " differs from " + file);
            return problems;
          }
          seq++;
        }
      }
    }
    return problems;
  }
}
