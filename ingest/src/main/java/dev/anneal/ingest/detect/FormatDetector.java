package dev.anneal.ingest.detect;

import dev.anneal.ingest.SourceFile;

/**
 * Decides a file's format from its name and its first bytes, by the rules of the
 * {@link FormatRegistry}. Content wins over a misleading extension where it is unambiguous:
 * NUL bytes mean binary, whatever the name says.
 */
public final class FormatDetector {

  /** How many leading bytes are inspected. */
  public static final int HEAD_BYTES = 8192;

  /** The format of {@code file}, judged from its name and {@code head}, its first bytes. */
  public Format detect(SourceFile file, byte[] head, int headLength) {
    return FormatRegistry.detect(file, head, headLength);
  }
}
