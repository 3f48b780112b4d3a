package dev.anneal.ingest.literature.tika;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.literature.AuthorNames;
import dev.anneal.ingest.literature.DocumentAssembler;
import dev.anneal.ingest.literature.DocumentDraft;
import dev.anneal.ingest.literature.ParsedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Reads PDF, HTML, XHTML, DOCX and EPUB through Apache Tika's auto-detecting parser, OCR off
 * and embedded files not descended into. Each parse runs on a worker thread under
 * {@link TikaLimits}: the content handler stops it cooperatively at the deadline or the
 * character budget, and a parse stuck outside the handler (inside a decompressor, say) is
 * abandoned after the deadline plus a grace period (its daemon thread left behind) and the
 * next parse runs on another pooled thread, so a pathological file costs at most the limit. Failures become
 * {@code <format>.corrupt}, {@code <format>.encrypted}, {@code <format>.no_text} or
 * {@code tika.timeout}.
 */
public final class TikaDocumentReader implements RecordParser<ParsedDocument> {

  /** How long past the deadline a parse that ignores the handler is waited for. */
  public static final long GRACE_MILLIS = 2_000;

  private static volatile Parser parser;
  /** Parses run here; idle threads end after a minute, a stuck one is left behind as a daemon. */
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "anneal-tika");
    t.setDaemon(true);
    return t;
  });

  private final String format;
  private final DocumentAssembler assembler;
  private final TikaLimits limits;

  /** A reader of {@code format} ({@code pdf}, {@code html}, {@code xhtml}, {@code docx}, {@code epub}). */
  public TikaDocumentReader(String format, DocumentAssembler assembler, TikaLimits limits) {
    this.format = format;
    this.assembler = assembler;
    this.limits = limits;
  }

  /** Tika's parser over the parser modules on the class path, built once per JVM (thread-safe). */
  static Parser parser() {
    if (parser == null) {
      synchronized (TikaDocumentReader.class) {
        if (parser == null) {
          parser = new AutoDetectParser();
        }
      }
    }
    return parser;
  }

  @Override
  public ParseResult<ParsedDocument> parse(SourceFile file, InputStream in) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
    BlockHandler handler = new BlockHandler(deadline, limits.maxChars());
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.name());
    Future<?> task = WORKERS.submit(() -> {
      parser().parse(in, handler, metadata, context());
      return null;
    });
    List<Rejection> notes = new ArrayList<>();
    try {
      task.get(limits.timeoutMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true); // interrupts the parse; if it ignores that, its daemon thread is abandoned
      return timeout(file);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while parsing " + file.uri(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      LimitExceeded limit = TikaFailure.limit(cause);
      if (limit != null && limit.time) {
        return timeout(file);
      }
      if (limit != null) {
        notes.add(Rejection.atLine(file, "tika.output_truncated",
            "the document was cut at " + limits.maxChars() + " characters of text", 0, ""));
      } else {
        String reason = format + (TikaFailure.encrypted(cause) ? ".encrypted" : ".corrupt");
        return ParseResult.rejected(Rejection.atLine(file, reason,
            TikaFailure.describe(cause), 0, ""));
      }
    }
    List<List<BlockHandler.RawBlock>> pages = handler.pages();
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()) {
      title = handler.headTitle();
    }
    String[] creators = metadata.getValues(TikaCoreProperties.CREATOR);
    // PDF info dictionaries often list the authors in one string, separated by ';' or ','.
    List<String> authors = Arrays.stream(creators)
        .flatMap(a -> Arrays.stream(a.split(format.equals("pdf") ? "\\s*[;,]\\s*|\\s+and\\s+" : ";")))
        .map(String::strip).filter(a -> !a.isEmpty())
        .filter(a -> !format.equals("pdf") || AuthorNames.isName(a)).toList();
    DocumentDraft draft = format.equals("pdf") ? PdfLayout.draft(pages, title, authors)
        : FlowLayout.draft(pages, title, authors);
    ParseResult<ParsedDocument> result = assembler.assemble(file, format, draft,
        format.equals("pdf"), format + ".no_text");
    if (notes.isEmpty()) {
      return result;
    }
    List<Rejection> all = new ArrayList<>(result.rejections());
    all.addAll(notes);
    return new ParseResult<>(result.records(), all);
  }

  private ParseResult<ParsedDocument> timeout(SourceFile file) {
    return ParseResult.rejected(Rejection.atLine(file, "tika.timeout",
        "the " + format + " parse did not finish within " + limits.timeoutMillis() + " ms", 0, ""));
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    pdf.setSortByPosition(false);
    context.set(PDFParserConfig.class, pdf);
    // Tika's OCR module is not on the class path (only the PDF, HTML, Microsoft and misc-office
    // parser modules are), so no image is ever sent to Tesseract.
    return context;
  }
}
