package dev.anneal.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses one file into records. Input faults become rejections in the result; an
 * {@link IOException} means the bytes could not be read at all.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface RecordParser<T> {

  /** Parses {@code in}, the content of {@code file}. Does not close {@code in}. */
  ParseResult<T> parse(SourceFile file, InputStream in) throws IOException;
}
