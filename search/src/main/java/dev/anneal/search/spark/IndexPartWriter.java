package dev.anneal.search.spark;

import dev.anneal.ingest.spark.SerializableConfiguration;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import dev.anneal.ingest.fault.Faults;
import dev.anneal.ingest.spark.RawRows;
import dev.anneal.schema.RawSchemas;
import java.util.ArrayList;

/**
 * Indexes one partition of rows into a Lucene index on the task's local disk, then copies it to
 * {@code stagingDir} on the job's file system and returns its path ({@link #RESULT} rows). Empty
 * partitions yield nothing. A record whose indexing throws is not indexed and yields a
 * {@code raw/quarantine} row at stage {@code index} instead (the record barrier).
 */
abstract class IndexPartWriter implements MapPartitionsFunction<Row, Row> {

  /** The stage name on quarantine rows. */
  static final String STAGE = "index";

  /** What a partition yields: a part's path, or (path null) a record's quarantine row. */
  static final StructType RESULT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("part", DataTypes.StringType, true),
      DataTypes.createStructField("quarantine", RawSchemas.QUARANTINE, true)));

  private static final long serialVersionUID = 1L;

  private final String stagingDir;
  private final String kind;
  private final SerializableConfiguration conf;

  IndexPartWriter(String stagingDir, String kind, Configuration conf) {
    this.stagingDir = stagingDir;
    this.kind = kind;
    this.conf = new SerializableConfiguration(conf);
  }

  /** The column holding a record's id (for the quarantine row's location). */
  abstract String idColumn();


  /** Adds the record in {@code row} to {@code writer}. */
  abstract void add(SearchIndexWriter writer, Row row) throws IOException;

  @Override
  public Iterator<Row> call(Iterator<Row> rows) throws IOException {
    if (!rows.hasNext()) {
      return Collections.emptyIterator();
    }
    Path local = Files.createTempDirectory("anneal-index-" + kind);
    List<Row> out = new ArrayList<>();
    try {
      try (SearchIndexWriter writer = new SearchIndexWriter(local)) {
        while (rows.hasNext()) {
          Row r = rows.next();
          try {
            add(writer, r);
          } catch (Throwable t) {
            out.add(RowFactory.create(null, RawRows.quarantine(Faults.rejection(STAGE,
                RawRows.textOf(r, "source_uri"), idColumn() + " " + RawRows.textOf(r, idColumn()),
                "indexing the record",
                t, ""))));
          }
        }
      }
      // The attempt id in the name keeps a retried task from overwriting a part being read.
      String dest = stagingDir + "/" + kind + "-" + TaskContext.getPartitionId() + "-"
          + UUID.randomUUID();
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dest);
      FileSystem fs = target.getFileSystem(conf.get());
      fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), target);
      out.add(RowFactory.create(dest, null));
      return out.iterator();
    } finally {
      deleteRecursively(local);
    }
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
