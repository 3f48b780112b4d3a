package dev.anneal.search.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Builds one Lucene index from the curated tables: tasks index their partitions, the driver
 * merges the parts. The driver holds only part paths and the quarantine rows of records whose
 * indexing threw, never the records.
 */
public final class PartitionedIndexBuilder {

  /** Sites stored per structure for its page; the rest are counted, not listed. */
  static final int MAX_SITES_STORED = 500;

  private PartitionedIndexBuilder() {
  }

  /**
   * What was indexed.
   *
   * @param counts     records indexed per kind ({@code paragraphs}, {@code materials}…)
   * @param parts      partition indexes merged
   * @param quarantine the records whose indexing threw, as {@code raw/quarantine} rows at stage
   *                   {@code index} (not indexed; few, so held by the driver)
   */
  public record Summary(Map<String, Long> counts, int parts, List<Row> quarantine) {

    /** Paragraphs indexed. */
    public long paragraphs() {
      return counts.getOrDefault("paragraphs", 0L);
    }

    /** Materials indexed. */
    public long materials() {
      return counts.getOrDefault("materials", 0L);
    }
  }

  /** Indexes paragraphs (with their documents) and materials only. */
  public static Summary build(Dataset<Row> paragraphs, Dataset<Row> documents,
                              Dataset<Row> materials, String stagingDir, String indexDir)
      throws IOException {
    return build(new IndexInputs(paragraphs, documents, materials, null, null, null, null, null,
        null), stagingDir, indexDir);
  }

  /**
   * Indexes every table of {@code in} into {@code indexDir}, replacing what was there, each
   * record with its links. {@code stagingDir} must be on a file system every executor can write
   * (the output's).
   */
  public static Summary build(IndexInputs in, String stagingDir, String indexDir)
      throws IOException {
    Configuration conf = in.paragraphs().sparkSession().sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(stagingDir);
    FileSystem stagingFs = staging.getFileSystem(conf);
    stagingFs.delete(staging, true);

    LinkedTables linked = new LinkedTables(in);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    Map<String, IndexPartWriter> writers = new LinkedHashMap<>();
    Dataset<Row> paragraphRows = in.paragraphs().join(in.documents().select(col("doc_id"),
        col("title"), col("source_uri"), col("year")), "doc_id");
    tables.put("paragraphs", linked.linked(paragraphRows, "paragraph", "para_id", "doc_id"));
    writers.put("paragraphs", new ParagraphPartWriter(stagingDir, conf));
    tables.put("materials", linked.materials(in.materials()));
    writers.put("materials", new MaterialPartWriter(stagingDir, conf));
    if (in.structures() != null) {
      Dataset<Row> s = in.structures().withColumn("detail", to_json(struct(col("source_uri"),
          col("format"), col("block_name"), col("formula"), col("reduced_formula"),
          col("spacegroup_symbol"), col("spacegroup_number"), col("nsites"), col("lattice"),
          col("volume"), col("density"), slice(col("sites"), 1, MAX_SITES_STORED).as("sites"))));
      tables.put("structures", linked.linked(s, "structure", "structure_id", null));
      writers.put("structures", new StructurePartWriter(stagingDir, conf));
    }
    if (in.calculations() != null) {
      Dataset<Row> c = in.calculations().withColumn("detail", to_json(struct(col("source_uri"),
          col("code"), col("code_version"), col("reduced_formula"), col("natoms"),
          col("energy_ev"), col("energy_per_atom_ev"), col("converged"), col("warnings"))));
      tables.put("calculations", linked.linked(c, "calculation", "calc_id", null));
      writers.put("calculations", new CalculationPartWriter(stagingDir, conf));
    }
    if (in.synthesis() != null) {
      Dataset<Row> s = linked.linked(SynthesisRows.shape(in.synthesis(), in.documents()),
          "synthesis", "synth_id", "doc_id");
      // A synthesis paragraph and the description extracted from it link to each other.
      Column paragraph = when(col("para_id").isNotNull(),
          array(concat(lit("paragraph:"), col("para_id"))))
          .otherwise(array().cast(DataTypes.createArrayType(DataTypes.StringType)));
      tables.put("synthesis", s.withColumn("links", array_union(col("links"), paragraph)));
      writers.put("synthesis", new SynthesisPartWriter(stagingDir, conf));
    }

    List<String> parts = new ArrayList<>();
    List<Row> quarantine = new ArrayList<>();
    Map<String, Long> faults = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
      for (Row r : e.getValue().mapPartitions(writers.get(e.getKey()),
          Encoders.row(IndexPartWriter.RESULT)).collectAsList()) {
        if (r.isNullAt(0)) {
          quarantine.add(r.getStruct(1));
          faults.merge(e.getKey(), 1L, Long::sum);
        } else {
          parts.add(r.getString(0));
        }
      }
    }
    merge(conf, parts, indexDir);
    stagingFs.delete(staging, true);
    org.apache.hadoop.fs.Path parent = staging.getParent();
    if (parent != null && stagingFs.exists(parent) && stagingFs.listStatus(parent).length == 0) {
      stagingFs.delete(parent, false);
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("paragraphs", paragraphRows.count() - faults.getOrDefault("paragraphs", 0L));
    counts.put("materials", in.materials().count() - faults.getOrDefault("materials", 0L));
    for (String k : List.of("structures", "calculations", "synthesis")) {
      if (tables.containsKey(k)) {
        counts.put(k, tables.get(k).count() - faults.getOrDefault(k, 0L));
      }
    }
    return new Summary(counts, parts.size(), quarantine);
  }

  private static void merge(Configuration conf, List<String> parts, String indexDir)
      throws IOException {
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
    }
  }
}
