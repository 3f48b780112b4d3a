package dev.anneal.ingest.spark;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.FlatteningIterator;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
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
    this.maxFileBytes = maxFileBytes;
    this.labMapping = new HashMap<>(labMapping);
    this.pseudonymizationKey = pseudonymizationKey;
    this.hadoopConf = new SerializableConfiguration(hadoopConf);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    FileIngestor ingestor = new FileIngestor(maxFileBytes, ColumnMapping.fromMap(labMapping),
        Pseudonymizer.withKey(pseudonymizationKey));
    Configuration conf = hadoopConf.get();
    // The SourceFile is named by its path relative to the input root (listing column 2), so no
    // table or id carries the folder the input happens to sit in; the full path only opens it.
    Iterator<IngestedFile> results = new FlatteningIterator<>(files, row ->
        readOne(ingestor, conf, row.getString(0), new SourceFile(row.getString(2),
            row.getLong(1))));
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
      FileSystem fs = path.getFileSystem(conf);
      in = fs.open(path);
    } catch (IOException | RuntimeException e) {
      IngestedFile failed = new IngestedFile();
      failed.rejections().add(Rejection.ofFile(file, "file.unreadable",
          "the file could not be opened: " + e.getMessage(), null));
      return List.of(failed).iterator();
    }
    return new ClosingIterator<>(ingestor.ingestAll(file, in), in);
  }

  static List<Row> rowsOf(IngestedFile result) {
    List<Row> out = new ArrayList<>();
    for (ParsedDocument d : result.documents()) {
      out.add(RawRows.envelope("documents", RawRows.document(d.document())));
      for (Paragraph p : d.paragraphs()) {
        out.add(RawRows.envelope("paragraphs", RawRows.paragraph(p)));
      }
    }
    for (int i = 0; i < result.structures().size(); i++) {
      out.add(RawRows.envelope("structures", RawRows.structure(result.structures().get(i), i)));
    }
    for (int i = 0; i < result.calculations().size(); i++) {
      out.add(RawRows.envelope("calculations",
          RawRows.calculation(result.calculations().get(i), i)));
    }
    result.labRecords().forEach(r ->
        out.add(RawRows.envelope("lab_records", RawRows.labRecord(r))));
    result.synthesisRecords().forEach(x ->
        out.add(RawRows.envelope("synthesis_records", RawRows.synthesisRecord(x))));
    result.rejections().forEach(r -> out.add(RawRows.envelope("quarantine", RawRows.quarantine(r))));
    return out;
  }
}
