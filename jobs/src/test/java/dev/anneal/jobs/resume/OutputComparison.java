package dev.anneal.jobs.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.ContentId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Compares two runs' outputs: every table's rows (as JSON, order-independent) and every shard
 * file's SHA-256; shared by the resume and cluster tests.
 */
public final class OutputComparison {

  private OutputComparison() {
  }

  /** The Parquet tables of a run: every folder under raw/ and curated/, and each shard split. */
  public static List<String> tables(Path out) throws IOException {
    List<String> tables = new ArrayList<>();
    for (String parent : List.of("raw", "curated", "shards")) {
      Path dir = out.resolve(parent);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> children = Files.list(dir)) {
        children.filter(Files::isDirectory).map(p -> parent + "/" + p.getFileName())
            .sorted().forEach(tables::add);
      }
    }
    return tables;
  }

  /** The rows of a table as sorted JSON lines. */
  public static List<String> rows(SparkSession spark, Path table) {
    List<String> rows = new ArrayList<>(spark.read().parquet(table.toString()).toJSON()
        .collectAsList());
    rows.sort(null);
    return rows;
  }

  /** Every shard file's SHA-256, by path under shards/. */
  public static Map<String, String> shardHashes(Path out) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    Path shards = out.resolve("shards");
    try (Stream<Path> files = Files.walk(shards)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
        hashes.put(shards.relativize(f).toString(), ContentId.sha256Hex(Files.readAllBytes(f)));
      }
    }
    return hashes;
  }

  /** Asserts that {@code actual} holds the same tables, rows and shards as {@code expected}. */
  public static void assertSameOutputs(SparkSession spark, Path expected, Path actual)
      throws IOException {
    List<String> tables = tables(expected);
    assertEquals(tables, tables(actual), "the same tables");
    for (String t : tables) {
      List<String> want = rows(spark, expected.resolve(t));
      List<String> got = rows(spark, actual.resolve(t));
      assertEquals(want.size(), got.size(), t + ": row count");
      assertEquals(want, got, t + ": rows");
    }
    Map<String, String> shards = shardHashes(expected);
    assertEquals(false, shards.isEmpty(), "the clean run wrote shards");
    assertEquals(shards, shardHashes(actual), "shard files and their SHA-256");
    assertEquals(Files.readString(expected.resolve("shards/manifest.json")),
        Files.readString(actual.resolve("shards/manifest.json")), "shards/manifest.json");
  }
}
