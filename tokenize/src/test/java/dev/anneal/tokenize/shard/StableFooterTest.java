package dev.anneal.tokenize.shard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shard whose footer lists encodings in another order (as another JVM's HashSet iterates them)
 * becomes byte-identical to the shard written here, and stays readable.
 */
class StableFooterTest {

  static ShardFixture f;

  @TempDir
  java.nio.file.Path tmp;

  @BeforeAll
  static void write() {
    f = ShardFixture.get();
  }

  private static java.nio.file.Path firstShard() throws IOException {
    try (var files = Files.list(f.shards.resolve("train"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted()
          .findFirst().orElseThrow();
    }
  }

  /** The file with every column chunk's encodings reversed, footer otherwise unchanged. */
  private static byte[] withReversedEncodings(byte[] file) throws IOException {
    int footerLength = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN)
        .getInt();
    int footerStart = file.length - 8 - footerLength;
    FileMetaData md = Util.readFileMetaData(
        new ByteArrayInputStream(file, footerStart, footerLength));
    for (RowGroup g : md.getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        List<Encoding> e = new ArrayList<>(c.getMeta_data().getEncodings());
        Collections.reverse(e);
        c.getMeta_data().setEncodings(e);
      }
    }
    ByteArrayOutputStream footer = new ByteArrayOutputStream();
    Util.writeFileMetaData(md, footer);
    assertEquals(footerLength, footer.size(), "same elements, same length");
    byte[] out = file.clone();
    System.arraycopy(footer.toByteArray(), 0, out, footerStart, footerLength);
    return out;
  }

  @Test
  void shardsAreWrittenWithSortedEncodingsAndAnotherOrderIsRewrittenToTheSameBytes()
      throws IOException {
    byte[] written = Files.readAllBytes(firstShard());
    byte[] shuffled = withReversedEncodings(written);
    assertFalse(java.util.Arrays.equals(written, shuffled),
        "some column chunk has two or more encodings, so reversing changes the bytes");
    java.nio.file.Path copy = tmp.resolve("part-00000.parquet");
    Files.write(copy, shuffled);
    FileSystem fs = FileSystem.getLocal(f.spark.sparkContext().hadoopConfiguration());

    assertTrue(StableFooter.apply(fs, new Path(copy.toUri())));
    assertArrayEquals(written, Files.readAllBytes(copy), "the writer's own shard is canonical");
    assertFalse(StableFooter.apply(fs, new Path(copy.toUri())), "already canonical");
    List<Row> expected = f.spark.read().parquet(firstShard().toString()).collectAsList();
    assertEquals(expected, f.spark.read().parquet(copy.toString()).collectAsList());
  }

  @Test
  void aFileThatIsNotParquetIsAnError() throws IOException {
    java.nio.file.Path text = tmp.resolve("not.parquet");
    Files.writeString(text, "these bytes end without the Parquet magic");
    FileSystem fs = FileSystem.getLocal(f.spark.sparkContext().hadoopConfiguration());
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> StableFooter.apply(fs, new Path(text.toUri())));
    assertTrue(e.getMessage().contains("PAR1"), e.getMessage());
  }
}
