package dev.anneal.jobs.stage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables written by {@link Tables} list their footers' encodings in sorted order, so a file
 * whose footer lists them as another JVM's {@code HashSet} iterates them is rewritten to the same
 * bytes, and another JVM writing the same rows writes the same bytes.
 */
class TableFootersTest {

  @TempDir
  Path tmp;

  private static List<Path> parts(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted()
          .collect(Collectors.toList());
    }
  }

  private static FileMetaData footer(byte[] file) throws IOException {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(file, file.length - 8 - length, length));
  }

  /** The file with every column chunk's encodings reversed, the footer otherwise unchanged. */
  private static byte[] withReversedEncodings(byte[] file) throws IOException {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    FileMetaData md = footer(file);
    for (RowGroup g : md.getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        List<Encoding> e = new ArrayList<>(c.getMeta_data().getEncodings());
        Collections.reverse(e);
        c.getMeta_data().setEncodings(e);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Util.writeFileMetaData(md, out);
    assertEquals(length, out.size(), "same elements, same footer length");
    byte[] copy = file.clone();
    System.arraycopy(out.toByteArray(), 0, copy, file.length - 8 - length, length);
    return copy;
  }

  private static List<Row> sorted(SparkSession spark, Path dir) {
    return spark.read().parquet(dir.toString()).orderBy("id").collectAsList();
  }

  @Test
  void aFooterInAnotherOrderIsRewrittenToTheBytesTheTableWasWrittenWith() throws IOException {
    SparkSession spark = LocalSpark.get();
    Path written = tmp.resolve("written");
    assertEquals(500, Tables.write(TableWriterMain.rows(spark), written.toString()));
    List<Path> parts = parts(written);
    assertFalse(parts.isEmpty());
    // The other JVM's table, in a partition folder like the quarantine's, beside Spark's marker.
    Path other = tmp.resolve("other");
    Path partition = Files.createDirectories(other.resolve("stage=ingest"));
    Files.writeString(other.resolve("_SUCCESS"), "");
    int reordered = 0;
    for (Path p : parts) {
      byte[] bytes = Files.readAllBytes(p);
      for (RowGroup g : footer(bytes).getRow_groups()) {
        for (ColumnChunk c : g.getColumns()) {
          ColumnMetaData m = c.getMeta_data();
          List<Encoding> in = new ArrayList<>(m.getEncodings());
          in.sort(java.util.Comparator.comparingInt(Encoding::getValue));
          assertEquals(in, m.getEncodings(), "written sorted: " + m.getPath_in_schema());
        }
      }
      byte[] reversed = withReversedEncodings(bytes);
      if (!java.util.Arrays.equals(bytes, reversed)) {
        reordered++;
      }
      Files.write(partition.resolve(p.getFileName()), reversed);
    }
    assertEquals(parts.size(), reordered, "every part has a column with two or more encodings");

    Tables.stabilize(spark, other.toString());

    List<Path> rewritten = parts(other);
    assertEquals(parts.size(), rewritten.size());
    for (int i = 0; i < parts.size(); i++) {
      assertArrayEquals(Files.readAllBytes(parts.get(i)), Files.readAllBytes(rewritten.get(i)),
          rewritten.get(i).toString());
    }
    assertEquals(sorted(spark, written), sorted(spark, partition));
  }

  @Test
  void anotherJvmWritingTheSameRowsWritesTheSameBytes() throws Exception {
    SparkSession spark = LocalSpark.get();
    Path here = tmp.resolve("here");
    Path there = tmp.resolve("there");
    Tables.write(TableWriterMain.rows(spark), here.toString());

    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.add("-Xmx1g");
    // Spark on Java 17 needs the --add-opens this JVM was started with.
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports")) {
        command.add(arg);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TableWriterMain.class.getName());
    command.add(there.toString());
    Path log = tmp.resolve("child.log");
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM finished");
    assertEquals(0, child.exitValue(), Files.readString(log, StandardCharsets.UTF_8));

    List<Path> mine = parts(here);
    List<Path> theirs = parts(there);
    assertEquals(mine.size(), theirs.size());
    assertFalse(mine.isEmpty());
    for (int i = 0; i < mine.size(); i++) {
      assertArrayEquals(Files.readAllBytes(mine.get(i)), Files.readAllBytes(theirs.get(i)),
          theirs.get(i) + " has the bytes of " + mine.get(i));
    }
  }
}
