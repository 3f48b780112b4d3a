package dev.anneal.search.spark;

import static org.apache.spark.sql.functions.col;

import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Builds one Lucene index from the curated tables: tasks index their partitions, the driver
 * merges the parts. The driver holds only part paths, never records.
 */
public final class PartitionedIndexBuilder {

  private PartitionedIndexBuilder() {
  }

  /** What was indexed. */
  public record Summary(long paragraphs, long materials, int parts) {
  }

  /**
   * Indexes {@code paragraphs} (joined to {@code documents} for title, source and year) and
   * {@code materials} into {@code indexDir}, replacing what was there. {@code stagingDir} must be
   * on a file system every executor can write (the output's).
   */
  public static Summary build(Dataset<Row> paragraphs, Dataset<Row> documents,
                              Dataset<Row> materials, String stagingDir, String indexDir)
      throws IOException {
    Configuration conf = paragraphs.sparkSession().sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(stagingDir);
    FileSystem stagingFs = staging.getFileSystem(conf);
    stagingFs.delete(staging, true);

    Dataset<Row> paragraphRows = paragraphs.join(documents.select(col("doc_id"), col("title"),
        col("source_uri"), col("year")), "doc_id");
    List<String> parts = new ArrayList<>();
    parts.addAll(paragraphRows.mapPartitions(new ParagraphPartWriter(stagingDir, conf),
        Encoders.STRING()).collectAsList());
    parts.addAll(materials.mapPartitions(new MaterialPartWriter(stagingDir, conf),
        Encoders.STRING()).collectAsList());

    Path localParts = Files.createTempDirectory("anneal-index-parts");
    try {
      List<Path> local = new ArrayList<>();
      for (String part : parts) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(part);
        Path dest = localParts.resolve(p.getName());
        p.getFileSystem(conf).copyToLocalFile(false, p, new org.apache.hadoop.fs.Path(dest.toUri()),
            true);
        local.add(dest);
      }
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(indexDir);
      FileSystem targetFs = target.getFileSystem(conf);
      targetFs.delete(target, true);
      Path merged = localParts.resolve("merged");
      if (local.isEmpty()) {
        new SearchIndexWriter(merged).close(); // an empty but valid index
      } else {
        SearchIndexWriter.merge(merged, local);
      }
      targetFs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(merged.toUri()), target);
    } finally {
      IndexPartWriter.deleteRecursively(localParts);
      stagingFs.delete(staging, true);
      org.apache.hadoop.fs.Path parent = staging.getParent();
      if (parent != null && stagingFs.exists(parent) && stagingFs.listStatus(parent).length == 0) {
        stagingFs.delete(parent, false);
      }
    }
    return new Summary(paragraphRows.count(), materials.count(), parts.size());
  }
}
