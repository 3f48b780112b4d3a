package dev.anneal.tokenize.shard;

import dev.anneal.tokenize.shard.megatron.DocumentStream;
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
 * one Megatron document per training document, and the same documents, id for id, as the
 * Parquet pieces read in file order.
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
    ShardManifest.PackingStats packed = manifest.packingStats().get(split);
    long documents = packed == null ? -1 : packed.documents();
    if (index.sizes().length != documents || index.tokens() != expected.tokens()) {
      problems.add(idxRel + ": " + index.sizes().length + " documents / " + index.tokens()
          + " tokens, manifest says " + documents + " / " + expected.tokens());
      return problems;
    }
    if (index.docIndices().length != index.sizes().length + 1) {
      problems.add(idxRel + ": " + (index.docIndices().length - 1) + " documents in the document"
          + " index for " + index.sizes().length + " sequences (one per document expected)");
      return problems;
    }
    int seq = 0;
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(fs.open(bin),
        1 << 16))) {
      DocumentStream docs = new DocumentStream(ShardWriter.sequences(spark, dir.toString(),
          manifest.files().stream().filter(f -> f.split().equals(split)).toList()),
          manifest.tokenizer().endOfTextId());
      while (docs.hasNext()) {
        int[] ids = docs.next().ids();
        byte[] raw = new byte[index.sizes()[seq] * 4];
        in.readFully(raw);
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        boolean same = ids.length == index.sizes()[seq];
        for (int i = 0; same && i < ids.length; i++) {
          same = b.getInt() == ids[i];
        }
        if (!same) {
          problems.add(binRel + ": document " + seq + " differs from the Parquet shards'");
          return problems;
        }
        seq++;
      }
    } catch (IllegalStateException e) {
      problems.add(split + ": " + e.getMessage());
    }
    return problems;
  }
}
