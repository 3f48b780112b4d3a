package dev.anneal.tokenize.shard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.KeyValue;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Puts the encodings listed in a Parquet file's footer in a fixed order, so that the same rows
 * written in any JVM give the same bytes (and so the same SHA-256 in the shard manifest).
 *
 * <p>parquet-mr 1.13 (Spark 3.5's) lists each column chunk's encodings in the iteration order of
 * a {@code HashSet} of enum constants, whose hash codes are identity hash codes: two executor
 * processes writing identical pages can list {@code PLAIN_DICTIONARY, RLE} and
 * {@code RLE, PLAIN_DICTIONARY} (apache/parquet-java#3215, open). Sorting the list by the
 * encoding's Thrift value changes no data, and the re-serialized footer has the same length, so
 * on a local file system only the footer bytes are rewritten in place. It also adds key-value
 * metadata (the shards' tokenizer identity, {@link ShardMetadata}); a longer footer is written
 * by copying the pages and appending it.
 */
public final class StableFooter {

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private StableFooter() {
  }

  /**
   * Applies {@link #apply(FileSystem, Path)} to every Parquet part file under the table folder
   * {@code dir}, partition folders included (names starting with {@code _} or {@code .} are
   * Spark's and Hadoop's bookkeeping and are skipped); a missing folder has none.
   *
   * @return how many files were rewritten
   * @throws IOException if a file cannot be read or written, or is not a plain Parquet file
   */
  public static int applyToTable(FileSystem fs, Path dir) throws IOException {
    if (!fs.exists(dir)) {
      return 0;
    }
    int changed = 0;
    FileStatus[] entries = fs.listStatus(dir);
    // Sorted so a failure names the same file on every run.
    Arrays.sort(entries, Comparator.comparing(e -> e.getPath().getName()));
    for (FileStatus e : entries) {
      String name = e.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (e.isDirectory()) {
        changed += applyToTable(fs, e.getPath());
      } else if (name.endsWith(".parquet") && apply(fs, e.getPath())) {
        changed++;
      }
    }
    return changed;
  }

  /** {@link #apply(FileSystem, Path, Map)} with no metadata to add. */
  public static boolean apply(FileSystem fs, Path file) throws IOException {
    return apply(fs, file, Map.of());
  }

  /**
   * Rewrites {@code file}'s footer with sorted encodings if they were not sorted, and with
   * {@code metadata} in its key-value metadata (after the writer's own keys, sorted by key;
   * an existing key is replaced).
   *
   * @return whether the file changed
   * @throws IOException if the file cannot be read or written, or is not a plain Parquet file
   */
  public static boolean apply(FileSystem fs, Path file, Map<String, String> metadata)
      throws IOException {
    long length = fs.getFileStatus(file).getLen();
    byte[] footer;
    long footerStart;
    try (FSDataInputStream in = fs.open(file)) {
      byte[] tail = new byte[8];
      if (length < 12) {
        throw new IOException(file + " is too short for a Parquet file");
      }
      in.readFully(length - 8, tail);
      if (!java.util.Arrays.equals(tail, 4, 8, MAGIC, 0, 4)) {
        throw new IOException(file + " does not end with PAR1 (encrypted or not Parquet)");
      }
      int footerLength = ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      footerStart = length - 8 - footerLength;
      if (footerLength <= 0 || footerStart < 4) {
        throw new IOException(file + " has a footer length of " + footerLength);
      }
      footer = new byte[footerLength];
      in.readFully(footerStart, footer);
    }
    FileMetaData parsed = Util.readFileMetaData(new ByteArrayInputStream(footer));
    boolean sorted = sortEncodings(parsed);
    boolean added = addKeyValues(parsed, metadata);
    if (!sorted && !added) {
      return false;
    }
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream(footer.length);
    Util.writeFileMetaData(parsed, rewritten);
    byte[] bytes = rewritten.toByteArray();
    if (bytes.length == footer.length && "file".equals(fs.getUri().getScheme())) {
      try (FileChannel channel = FileChannel.open(java.nio.file.Path.of(
          fs.makeQualified(file).toUri()), StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long at = footerStart;
        while (buffer.hasRemaining()) {
          at += channel.write(buffer, at);
        }
      }
      dropChecksum(fs, file);
      return true;
    }
    // Object stores and HDFS cannot write in place: copy the pages, then the new footer.
    Path copy = new Path(file.getParent(), "." + file.getName() + ".stable");
    try (FSDataInputStream in = fs.open(file); FSDataOutputStream out = fs.create(copy, true)) {
      copy(in, out, footerStart);
      out.write(bytes);
      out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length)
          .array());
      out.write(MAGIC);
    }
    if (!fs.delete(file, false) || !fs.rename(copy, file)) {
      throw new IOException("cannot replace " + file + " with " + copy);
    }
    return true;
  }

  /** Puts {@code entries} into the footer's key-value metadata; whether any changed. */
  static boolean addKeyValues(FileMetaData metadata, Map<String, String> entries) {
    if (entries.isEmpty()) {
      return false;
    }
    List<KeyValue> kept = new ArrayList<>();
    boolean changed = false;
    Map<String, String> existing = new TreeMap<>();
    if (metadata.isSetKey_value_metadata()) {
      for (KeyValue kv : metadata.getKey_value_metadata()) {
        if (entries.containsKey(kv.getKey())) {
          existing.put(kv.getKey(), kv.getValue());
        } else {
          kept.add(kv);
        }
      }
    }
    for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
      KeyValue kv = new KeyValue(e.getKey());
      kv.setValue(e.getValue());
      kept.add(kv);
      changed |= !e.getValue().equals(existing.get(e.getKey()));
    }
    if (changed) {
      metadata.setKey_value_metadata(kept);
    }
    return changed;
  }

  /** Sorts every column chunk's encodings and encoding statistics; whether any changed. */
  static boolean sortEncodings(FileMetaData metadata) {
    boolean changed = false;
    for (RowGroup group : metadata.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData column = chunk.getMeta_data();
        if (column == null) {
          continue;
        }
        if (column.isSetEncodings()) {
          List<Encoding> sorted = new ArrayList<>(column.getEncodings());
          sorted.sort(Comparator.comparingInt(Encoding::getValue));
          if (!sorted.equals(column.getEncodings())) {
            column.setEncodings(sorted);
            changed = true;
          }
        }
        if (column.isSetEncoding_stats()) {
          List<PageEncodingStats> sorted = new ArrayList<>(column.getEncoding_stats());
          sorted.sort(Comparator.comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
              .thenComparingInt(s -> s.getEncoding().getValue()));
          if (!sorted.equals(column.getEncoding_stats())) {
            column.setEncoding_stats(sorted);
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  private static void copy(InputStream in, OutputStream out, long bytes) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long left = bytes;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("file ended " + left + " bytes early");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  /** Hadoop's local file system keeps a .crc beside each file; after a write in place it is stale. */
  private static void dropChecksum(FileSystem fs, Path file) throws IOException {
    Path crc = new Path(file.getParent(), "." + file.getName() + ".crc");
    if (fs.exists(crc)) {
      fs.delete(crc, false);
    }
  }
}
