package dev.anneal.ingest.detect;

import dev.anneal.ingest.IngestLimits;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.ingest.literature.DocumentAssembler;
import java.io.InputStream;

/**
 * What a format's reader is built from: the run's lab-log mapping and pseudonymizer, the shared
 * document assembler, the size limit, and a way to read files found inside a file (the data
 * files of a notebook export) through the whole ingest path again.
 *
 * @param mapping       lab-log column mapping
 * @param pseudonymizer replaces people in lab logs
 * @param assembler     builds documents from paragraphs
 * @param maxFileBytes  the whole-file size limit
 * @param limits        the per-file and per-record limits
 * @param members       reads an embedded file as if it were an input of its own
 */
public record ReaderContext(ColumnMapping mapping, Pseudonymizer pseudonymizer,
                            DocumentAssembler assembler, long maxFileBytes,
                            IngestLimits limits, MemberIngestor members) {

  /** Reads a file found inside another file (detection, limits and barrier included). */
  @FunctionalInterface
  public interface MemberIngestor {

    /** Everything {@code file}, whose bytes are {@code in}, produced. */
    IngestedFile ingest(SourceFile file, InputStream in);
  }
}
