package dev.anneal.ingest.spark;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestLimits;
import dev.anneal.ingest.FlatteningIterator;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.fault.Faults;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.schema.RawSchemas;
import java.util.function.Supplier;
import dev.anneal.ingest.literature.Paragraph;
import dev.anneal.ingest.literature.ParsedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Reads the files named in a partition of {@code (path, size)} rows inside a Spark task, one
 * file at a time, and emits {@link RawSchemas#ENVELOPE} rows. File contents never reach the
 * driver; memory per task is bounded by the largest single file.
 */
public final class IngestPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final long maxFileBytes;
  private final IngestLimits limits;
  private final HashMap<String, Object> labMapping;
  private final String pseudonymizationKey;
  private final SerializableConfiguration hadoopConf;

  /**
   * A partition reader that rejects files above {@code maxFileBytes}, reads lab logs with the
   * column mapping {@code labMapping} (the shape {@link ColumnMapping#fromMap} reads),
   * pseudonymizes people with {@code pseudonymizationKey}, and opens files with the given Hadoop
   * configuration (so {@code hdfs:} and {@code s3a:} paths work as local ones do).
   */
  public IngestPartition(long maxFileBytes, Map<String, Object> labMapping,
                         String pseudonymizationKey, Configuration hadoopConf) {
    this(maxFileBytes, IngestLimits.defaults(), labMapping, pseudonymizationKey, hadoopConf);
  }

  /** As above, holding every file to {@code limits} ({@code ingest.limits}). */
  public IngestPartition(long maxFileBytes, IngestLimits limits, Map<String, Object> labMapping,
                         String pseudonymizationKey, Configuration hadoopConf) {
    this.maxFileBytes = maxFileBytes;
    this.limits = limits;
    this.labMapping = new HashMap<>(labMapping);
    this.pseudonymizationKey = pseudonymizationKey;
    this.hadoopConf = new SerializableConfiguration(hadoopConf);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    FileIngestor ingestor = new FileIngestor(maxFileBytes, limits, ColumnMapping.fromMap(labMapping),
        Pseudonymizer.withKey(pseudonymizationKey));
    Configuration conf = hadoopConf.get();
    // The SourceFile is named by its path relative to the input root (listing column 2), so no
    // table or id carries the folder the input happens to sit in; the full path only opens it.
    Iterator<IngestedFile> results = new FlatteningIterator<>(files, row -> {
      SourceFile file = new SourceFile(row.getString(2), row.getLong(1));
      if (!row.getString(3).isEmpty()) {
        // Not a regular file inside the root (a link, a FIFO, a hidden name): never opened.
        IngestedFile refused = new IngestedFile();
        refused.rejections().add(new Rejection(file.uri(), "ingest", row.getString(3),
            row.getString(4), "", ""));
        return List.of(refused).iterator();
      }
      return readOne(ingestor, conf, row.getString(0), file);
    });
    return new FlatteningIterator<>(results, result -> rowsOf(result).iterator());
  }

  /**
   * The results of one file, read lazily; the file is closed when they are exhausted (archive
   * members are read while the iterator advances, so the stream must stay open until then).
   */
  private static Iterator<IngestedFile> readOne(FileIngestor ingestor, Configuration conf,
                                                String fullPath, SourceFile file) {
    Path path = new Path(fullPath);
    InputStream in;
    try {
      if ("file".equals(path.toUri().getScheme())) {
        // Local files are opened without following a link and without Hadoop's checksum
        // sidecar (whose name, built as a relative path, breaks on a ':' in the file's name).
        java.nio.file.Path local = java.nio.file.Paths.get(path.toUri());
        if (!java.nio.file.Files.isRegularFile(local, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          IngestedFile refused = new IngestedFile();
          refused.rejections().add(Rejection.ofFile(file, InputTree.SPECIAL,
              "no longer a regular file when it was to be read", null));
          return List.of(refused).iterator();
        }
        in = java.nio.file.Files.newInputStream(local, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      } else {
        FileSystem fs = path.getFileSystem(conf);
        in = fs.open(path);
      }
    } catch (Throwable e) {
      Faults.rethrowIfFatal(e);
      IngestedFile failed = new IngestedFile();
      failed.rejections().add(Rejection.ofFile(file, "file.unreadable",
          "the file could not be opened: " + e.getMessage(), null));
      return List.of(failed).iterator();
    }
    return new ClosingIterator<>(ingestor.ingestAll(file, in), in);
  }

  /**
   * The rows of one file's records. Building a row is a record boundary too: a record whose
   * row cannot be built (a value no reader check foresaw) becomes a quarantine row with the
   * exception, and its file's other records keep their rows.
   */
  static List<Row> rowsOf(IngestedFile result) {
    List<Row> out = new ArrayList<>();
    for (ParsedDocument d : result.documents()) {
      // A document and its paragraphs stand or fall together: no paragraph without its document.
      List<Row> rows = new ArrayList<>();
      Rejection failed = build(d.document().sourceUri(), "", () -> {
        rows.add(RawRows.envelope("documents", RawRows.document(d.document())));
        for (Paragraph p : d.paragraphs()) {
          rows.add(RawRows.envelope("paragraphs", RawRows.paragraph(p)));
        }
      });
      out.addAll(failed == null ? rows : List.of(quarantine(failed)));
    }
    for (int i = 0; i < result.structures().size(); i++) {
      Structure s = result.structures().get(i);
      int position = i;
      add(out, s.sourceUri(), s.blockName(), "structures", () -> RawRows.structure(s, position));
    }
    for (int i = 0; i < result.calculations().size(); i++) {
      Calculation c = result.calculations().get(i);
      int position = i;
      add(out, c.sourceUri(), "", "calculations", () -> RawRows.calculation(c, position));
    }
    result.labRecords().forEach(r -> add(out, r.sourceUri(), r.location(), "lab_records",
        () -> RawRows.labRecord(r)));
    result.synthesisRecords().forEach(x -> add(out, x.sourceUri(), x.location(),
        "synthesis_records", () -> RawRows.synthesisRecord(x)));
    result.rejections().forEach(r -> out.add(quarantine(r)));
    return out;
  }

  private static void add(List<Row> out, String uri, String location, String table,
                          Supplier<Row> row) {
    Row[] built = new Row[1];
    Rejection failed = build(uri, location, () -> built[0] = row.get());
    out.add(failed == null ? RawRows.envelope(table, built[0]) : quarantine(failed));
  }

  private static Rejection build(String uri, String location, Runnable work) {
    try {
      work.run();
      return null;
    } catch (Throwable t) {
      return Faults.rejection("ingest", uri, location, "building the row", t, "");
    }
  }

  private static Row quarantine(Rejection r) {
    return RawRows.envelope("quarantine", RawRows.quarantine(r));
  }
}
