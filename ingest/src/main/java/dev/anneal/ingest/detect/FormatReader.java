package dev.anneal.ingest.detect;

import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import java.io.IOException;
import java.io.InputStream;

/** Reads one file of a known format into the records and rejections of {@code out}. */
@FunctionalInterface
public interface FormatReader {

  /**
   * Reads {@code in}, the content of {@code file}, adding what it finds to {@code out}. Does not
   * close {@code in}. An {@link IOException} means the bytes could not be read at all.
   */
  void read(SourceFile file, InputStream in, IngestedFile out) throws IOException;
}
