package dev.anneal.tokenize.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.tokenize.pack.Packing;
import dev.anneal.schema.CuratedSchemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/**
 * The tokenize stage's record barrier on real Parquet: a {@code curated/samples} row whose text
 * is null (the column is nullable in a table another tool wrote; a Hugging Face tokenizer throws
 * on it, tiktoken would make it an empty document) is quarantined at stage {@code tokenize}
 * ({@code tokenize.no_text}), and every other sample's tokens in the shards are the
 * same as in a run without it. Packed sequences mix samples, so "unchanged" is checked per
 * sample: best-fit packing never cuts these short samples, each is one piece.
 */
class TokenizeBarrierTest {

  @TempDir
  Path dir;

  @Test
  void aSampleTheTokenizerThrowsOnIsQuarantinedAndTheOtherSamplesTokensAreUnchanged() {
    SparkSession spark = LocalSpark.get();
    List<Row> good = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      good.add(sample("p" + i, "Paragraph " + i + ": the résumé of sample S-" + (7 * i)
          + " shows a transition near " + (30 + i) + " K."));
    }
    good.add(sample("empty", "")); // an empty text is no fault: end-of-text alone
    Row poison = sample("poison", null);
    List<Row> withPoison = new ArrayList<>(good);
    withPoison.add(6, poison);

    List<Row> cleanFaults = new ArrayList<>();
    Map<String, List<Integer>> clean = write(spark, good, "clean", cleanFaults);
    List<Row> faults = new ArrayList<>();
    Map<String, List<Integer>> poisoned = write(spark, withPoison, "poisoned", faults);

    assertTrue(cleanFaults.isEmpty(), cleanFaults.toString());
    assertEquals(1, faults.size(), faults.toString());
    Row f = faults.get(0);
    assertEquals("tokenize", f.getAs("stage"));
    assertEquals("tokenize.no_text", f.getAs("reason"));
    assertEquals("sample_id poison (source papers)", f.getAs("location"));
    assertEquals("the sample has no text (null)", f.getAs("message"));

    assertEquals(good.size(), clean.size());
    assertFalse(poisoned.containsKey("poison"));
    assertEquals(clean, poisoned, "every other sample's token ids");

    // Without a sink for the faults, the writer does not drop the sample silently: it fails.
    Dataset<Row> in = table(spark, withPoison, "strict");
    assertThrows(IllegalStateException.class, () -> new ShardWriter(settings())
        .write(in, dir.resolve("strict-shards").toString(), "cfg", "test"));
  }

  private Map<String, List<Integer>> write(SparkSession spark, List<Row> rows, String name,
                                           List<Row> faults) {
    String shards = dir.resolve(name + "-shards").toString();
    new ShardWriter(settings()).onFaults(q -> faults.addAll(q.collectAsList()))
        .write(table(spark, rows, name), shards, "cfg", "test");
    Map<String, List<Integer>> bySample = new TreeMap<>();
    for (String split : ShardWriter.SPLITS) {
      Path splitDir = Path.of(shards, split);
      if (!splitDir.toFile().exists()) {
        continue;
      }
      for (Row r : spark.read().parquet(splitDir.toString()).collectAsList()) {
        List<Integer> ids = r.getList(0);
        List<Integer> lengths = r.getList(1);
        List<String> samples = r.getList(2);
        int at = 0;
        for (int i = 0; i < samples.size(); i++) {
          List<Integer> piece = ids.subList(at, at + lengths.get(i));
          assertEquals(null, bySample.put(samples.get(i), new ArrayList<>(piece)),
              "one piece per sample");
          at += lengths.get(i);
        }
      }
    }
    return bySample;
  }

  private Dataset<Row> table(SparkSession spark, List<Row> rows, String name) {
    // As read back from Parquet a stage did not write: every column nullable.
    StructType schema = new StructType(java.util.Arrays.stream(CuratedSchemas.RENDERED_SAMPLES.fields())
        .map(x -> new StructField(x.name(), x.dataType(), true, x.metadata()))
        .toArray(StructField[]::new));
    String path = dir.resolve(name + "-samples").toString();
    spark.createDataFrame(rows, schema).write().parquet(path);
    return spark.read().parquet(path);
  }

  private static ShardSettings settings() {
    return new ShardSettings("o200k_base", 256, 2, 10_000, 7, Packing.BEST_FIT, 8, 0.25,
        Map.of(), false);
  }

  private static Row sample(String id, String text) {
    return RowFactory.create(id, "paragraph", "papers", null,
        JavaConverters.asScalaBuffer(List.of("doc-" + id)).toSeq(), text,
        text == null ? 0 : text.length(), "doc-" + id);
  }
}
