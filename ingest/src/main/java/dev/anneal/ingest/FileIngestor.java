package dev.anneal.ingest;

import dev.anneal.ingest.crystal.CifParser;
import dev.anneal.ingest.detect.Format;
import dev.anneal.ingest.detect.FormatDetector;
import dev.anneal.ingest.literature.MarkdownParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads one file of any supported format: detects the format, runs its parser, and turns every
 * failure (including a parser's own bug) into a rejection, so that no input can stop a run.
 */
public final class FileIngestor {

  private final FormatDetector detector = new FormatDetector();
  private final CifParser cifParser = new CifParser();
  private final MarkdownParser markdownParser = new MarkdownParser("markdown");
  private final MarkdownParser textParser = new MarkdownParser("text");
  private final long maxFileBytes;

  /** An ingestor that rejects files larger than {@code maxFileBytes} unread. */
  public FileIngestor(long maxFileBytes) {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
  }

  /** Reads {@code in}, the content of {@code file}. Does not close {@code in}. */
  public IngestedFile ingest(SourceFile file, InputStream in) {
    IngestedFile out = new IngestedFile();
    byte[] content;
    try {
      content = readAtMost(in, maxFileBytes + 1);
    } catch (IOException e) {
      out.rejections().add(Rejection.ofFile(file, "file.unreadable",
          "the file could not be read: " + e.getMessage(), null));
      return out;
    }
    if (content.length > maxFileBytes) {
      out.rejections().add(Rejection.ofFile(file, "file.too_large",
          "the file is larger than the configured limit of " + maxFileBytes + " bytes", content));
      return out;
    }
    int headLength = Math.min(content.length, FormatDetector.HEAD_BYTES);
    Format format = detector.detect(file, content, headLength);
    try {
      switch (format) {
        case CIF -> {
          ParseResult<dev.anneal.ingest.crystal.Structure> r =
              cifParser.parse(file, new ByteArrayInputStream(content));
          out.structures().addAll(r.records());
          out.rejections().addAll(r.rejections());
        }
        case MARKDOWN, TEXT -> {
          MarkdownParser parser = format == Format.MARKDOWN ? markdownParser : textParser;
          var r = parser.parse(file, new ByteArrayInputStream(content));
          out.documents().addAll(r.records());
          out.rejections().addAll(r.rejections());
        }
        case EMPTY -> out.rejections().add(Rejection.ofFile(file, "file.empty",
            "the file is empty or holds only whitespace", content));
        case BINARY -> out.rejections().add(Rejection.ofFile(file, "file.binary",
            "the file is binary and no parser reads its format", content));
        case UNSUPPORTED -> out.rejections().add(Rejection.ofFile(file, "file.unsupported_format",
            "no parser reads files like this (extension '" + file.extension() + "')", content));
        default -> throw new IllegalStateException("unhandled format " + format);
      }
    } catch (IOException | RuntimeException e) {
      // A parser bug must not stop the run: the file is quarantined with the exception, and the
      // records the parser may have produced before failing are discarded to stay consistent.
      IngestedFile failed = new IngestedFile();
      failed.rejections().add(Rejection.ofFile(file, format.code() + ".internal_error",
          "the " + format.code() + " parser failed: " + e, content));
      return failed;
    }
    return out;
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[8192];
    int length = 0;
    int n;
    while (length < limit
        && (n = in.read(buffer, length, (int) Math.min(buffer.length - length, limit - length)))
        > 0) {
      length += n;
      if (length == buffer.length && length < limit) {
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, limit));
      }
    }
    return Arrays.copyOf(buffer, length);
  }
}
