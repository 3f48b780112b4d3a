package dev.anneal.ingest;

import dev.anneal.ingest.archive.ArchiveKind;
import dev.anneal.ingest.archive.ArchiveMembers;
import dev.anneal.ingest.detect.Format;
import dev.anneal.ingest.detect.FormatDetector;
import dev.anneal.ingest.detect.FormatEntry;
import dev.anneal.ingest.detect.FormatReader;
import dev.anneal.ingest.detect.FormatRegistry;
import dev.anneal.ingest.detect.ReaderContext;
import dev.anneal.ingest.detect.Sizing;
import dev.anneal.ingest.detect.TextEncodings;
import dev.anneal.ingest.fault.FileBudget;
import dev.anneal.ingest.fault.Faults;
import dev.anneal.ingest.fault.GuardedIterator;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.ingest.literature.DocumentAssembler;
import dev.anneal.ingest.literature.ParsedDocument;
import dev.anneal.ingest.literature.latex.LatexBundles;
import dev.anneal.ingest.literature.latex.LatexReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one file of any supported format: detects the format, runs its parser, and turns every
 * failure (including a parser's own bug) into a rejection, so that no input can stop a run.
 */
public final class FileIngestor {

  /** How deep archives inside archives are opened by default. */
  public static final int MAX_ARCHIVE_DEPTH = 3;

  /** Enough to see a tar's {@code ustar} magic at offset 257. */
  private static final int MAGIC_BYTES = 512;

  private final FormatDetector detector = new FormatDetector();
  private final DocumentAssembler assembler = new DocumentAssembler();
  /** The bundle reader: archives that are one LaTeX document are read before streaming. */
  private final LatexReader latexReader = new LatexReader(assembler);
  private final Map<Format, FormatEntry> entries = new EnumMap<>(Format.class);
  private final Map<Format, FormatReader> readers;
  private final long maxFileBytes;
  private final IngestLimits limits;

  /**
   * An ingestor that rejects files larger than {@code maxFileBytes} unread, maps lab-log columns
   * automatically and pseudonymizes people with the example key (tests and examples only).
   */
  public FileIngestor(long maxFileBytes) {
    this(maxFileBytes, ColumnMapping.automatic(), Pseudonymizer.withDefaultKey());
  }

  /**
   * An ingestor that rejects files larger than {@code maxFileBytes} unread, reads lab logs with
   * {@code mapping} and replaces operator names and e-mail addresses with {@code pseudonymizer}.
   */
  public FileIngestor(long maxFileBytes, ColumnMapping mapping, Pseudonymizer pseudonymizer) {
    this(maxFileBytes, IngestLimits.defaults(), mapping, pseudonymizer);
  }

  /**
   * An ingestor that rejects files larger than {@code maxFileBytes} unread, holds every file to
   * {@code limits}, reads lab logs with {@code mapping} and pseudonymizes people with
   * {@code pseudonymizer}.
   */
  public FileIngestor(long maxFileBytes, IngestLimits limits, ColumnMapping mapping,
                      Pseudonymizer pseudonymizer) {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    if (!limits.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", limits.problems()));
    }
    this.maxFileBytes = maxFileBytes;
    this.limits = limits;
    this.readers = FormatRegistry.readers(new ReaderContext(mapping, pseudonymizer, assembler,
        maxFileBytes, limits, this::ingest));
    for (FormatEntry e : FormatRegistry.entries()) {
      entries.put(e.format(), e);
    }
  }

  /**
   * Reads {@code in}, the content of {@code file}, opening archives and compressed files (nested
   * up to {@code ingest.limits.archive_max_depth} deep) and yielding one result per member, lazily: a member
   * is read when the iterator reaches it, so an archive of a million files needs the memory of
   * one. Does not close {@code in}; it must stay open until the iterator is exhausted.
   */
  public Iterator<IngestedFile> ingestAll(SourceFile file, InputStream in) {
    return new GuardedIterator<>(Faults.guard(() -> ingestAll(file, in, 0),
        t -> List.of(failure(file, "reading the file", t, null)).iterator()),
        t -> failure(file, "reading the file", t, null));
  }

  /** One file's result that is only the barrier's quarantine row for {@code t}. */
  private static IngestedFile failure(SourceFile file, String what, Throwable t, byte[] head) {
    IngestedFile failed = new IngestedFile();
    String sample = head == null ? "" : new String(head, 0,
        Math.min(head.length, Rejection.SAMPLE_CHARS), java.nio.charset.StandardCharsets.ISO_8859_1);
    failed.rejections().add(Faults.rejection("ingest", file.uri(), "", what, t, sample));
    return failed;
  }

  private Iterator<IngestedFile> ingestAll(SourceFile file, InputStream in, int depth) {
    BufferedInputStream buffered = new BufferedInputStream(in, bufferBytes(file));
    Optional<ArchiveKind> kind;
    try {
      buffered.mark(MAGIC_BYTES);
      byte[] head = buffered.readNBytes(MAGIC_BYTES);
      buffered.reset();
      kind = ArchiveKind.detect(file.name(), head, head.length);
    } catch (IOException e) {
      IngestedFile failed = new IngestedFile();
      failed.rejections().add(Rejection.ofFile(file, "file.unreadable",
          "the file could not be read: " + e.getMessage(), null));
      return List.of(failed).iterator();
    }
    if (kind.isEmpty()) {
      return List.of(ingest(file, buffered)).iterator();
    }
    if (kind.get().isMultiMember() && file.size() <= LatexBundles.MAX_BUNDLE_BYTES) {
      // An arXiv-style source bundle is one document, not a container: look before streaming.
      byte[] bytes;
      try {
        bytes = BoundedReads.readAtMost(buffered, LatexBundles.MAX_BUNDLE_BYTES + 1);
      } catch (IOException e) {
        IngestedFile failed = new IngestedFile();
        failed.rejections().add(Rejection.ofFile(file, "file.unreadable",
            "the file could not be read: " + e.getMessage(), null));
        return List.of(failed).iterator();
      }
      Optional<LatexBundles.Bundle> bundle = bytes.length <= LatexBundles.MAX_BUNDLE_BYTES
          ? LatexBundles.scan(file, bytes, kind.get()) : Optional.empty();
      if (bundle.isPresent()) {
        return latexBundle(file, bytes, kind.get(), bundle.get(), depth);
      }
      buffered = new BufferedInputStream(new SequenceInputStream(
          new ByteArrayInputStream(bytes), buffered), 64 * 1024);
    }
    if (depth >= limits.archiveMaxDepth()) {
      IngestedFile nested = new IngestedFile();
      nested.rejections().add(Rejection.ofFile(file, "archive.too_deep",
          "archives nested more than " + limits.archiveMaxDepth() + " deep are not opened", null));
      return List.of(nested).iterator();
    }
    ArchiveMembers members = new ArchiveMembers(file, buffered, kind.get(), limits);
    return new FlatteningIterator<>(members, member -> {
      if (member.failure() != null) {
        IngestedFile failed = new IngestedFile();
        failed.rejections().add(member.failure());
        return List.of(failed).iterator();
      }
      return refusedWhileRead(ingestAll(member.file(), member.content(), depth + 1), members);
    });
  }

  /**
   * A member's results, unless the archive refused the member while it was being read (too
   * large, or a bomb): then one row with that refusal replaces what its reader made of the cut
   * stream, and nothing more of the member is read.
   */
  private static Iterator<IngestedFile> refusedWhileRead(Iterator<IngestedFile> results,
                                                         ArchiveMembers members) {
    return new Iterator<>() {
      private boolean refused;

      @Override
      public boolean hasNext() {
        return !refused && results.hasNext();
      }

      @Override
      public IngestedFile next() {
        IngestedFile next = results.next();
        Rejection refusal = members.refusal();
        if (refusal == null) {
          return next;
        }
        refused = true;
        IngestedFile out = new IngestedFile();
        out.rejections().add(refusal);
        return out;
      }
    };
  }

  /**
   * A LaTeX source bundle: one document from its {@code .tex} files; members that are not the
   * document's own files (sources, figures, styles) are read as the inputs they are.
   */
  private Iterator<IngestedFile> latexBundle(SourceFile file, byte[] bytes, ArchiveKind kind,
                                             LatexBundles.Bundle bundle, int depth) {
    IngestedFile doc = new IngestedFile();
    try {
      ParseResult<ParsedDocument> r = latexReader.readBundle(file, bundle.texts());
      doc.documents().addAll(r.records());
      doc.rejections().addAll(r.rejections());
    } catch (Throwable e) {
      doc = failure(file, "the latex reader", e, null);
    }
    String prefix = file.uri() + "!/";
    Iterator<ArchiveMembers.Member> others = new ArchiveMembers(file,
        new ByteArrayInputStream(bytes), kind, limits);
    Iterator<IngestedFile> rest = new FlatteningIterator<>(others, member -> {
      if (member.failure() != null) {
        IngestedFile failed = new IngestedFile();
        failed.rejections().add(member.failure());
        return List.of(failed).iterator();
      }
      if (LatexBundles.isAsset(member.file().uri().substring(prefix.length()))) {
        return java.util.Collections.emptyIterator();
      }
      return ingestAll(member.file(), member.content(), depth + 1);
    });
    return new FlatteningIterator<>(List.of(List.of(doc).iterator(), rest).iterator(), it -> it);
  }

  /**
   * Reads {@code in}, the content of {@code file} (not an archive), within the time and step
   * budget of one file: a file that exceeds it is quarantined whole ({@code file.timeout},
   * {@code file.too_many_records}). Does not close {@code in}.
   */
  public IngestedFile ingest(SourceFile file, InputStream in) {
    FileBudget budget = FileBudget.open(limits.secondsPerFile(), limits.maxStepsPerFile());
    try {
      IngestedFile out = read(file, budget.watch(in));
      if (!budget.exceeded()) {
        return out;
      }
      // Whatever the parser made of the failed read (a truncation, a malformed file, an
      // exception), the file is quarantined for the limit, and nothing it half-read is kept.
      IngestedFile refused = new IngestedFile();
      refused.rejections().add(Rejection.ofFile(file, budget.reason(), budget.message(), null));
      return refused;
    } finally {
      budget.close();
    }
  }

  private IngestedFile read(SourceFile file, InputStream in) {
    IngestedFile out = new IngestedFile();
    // Not buffered twice: a fresh 64 KB buffer per small file was a tenth of ingest's CPU.
    BufferedInputStream buffered = in instanceof BufferedInputStream b ? b
        : new BufferedInputStream(in, bufferBytes(file));
    byte[] head;
    try {
      buffered.mark(FormatDetector.HEAD_BYTES);
      head = buffered.readNBytes(FormatDetector.HEAD_BYTES);
      buffered.reset();
    } catch (IOException e) {
      out.rejections().add(Rejection.ofFile(file, "file.unreadable",
          "the file could not be read: " + e.getMessage(), null));
      return out;
    }
    Format format = detector.detect(file, head, head.length);
    Optional<java.nio.charset.Charset> utf16 = format == Format.BINARY
        ? TextEncodings.utf16(head, head.length) : Optional.empty();
    if (format == Format.EMPTY && head.length == FormatDetector.HEAD_BYTES || utf16.isPresent()) {
      // The head alone cannot tell: whitespace may run past it (a CIF after 8 KB of blank
      // lines is not empty), and UTF-16 text has a NUL beside every letter (not binary).
      try {
        byte[] all = BoundedReads.readAtMost(buffered, maxFileBytes + 1);
        if (all.length > maxFileBytes) {
          out.rejections().add(Rejection.ofFile(file, "file.too_large",
              "the file is larger than the configured limit of " + maxFileBytes + " bytes", head));
          return out;
        }
        byte[] text = utf16.isPresent() ? TextEncodings.toUtf8(all, utf16.get()) : all;
        int from = 0;
        while (from < text.length && Character.isWhitespace(text[from])) {
          from++;
        }
        byte[] rest = Arrays.copyOfRange(text, from, Math.min(text.length,
            from + FormatDetector.HEAD_BYTES));
        format = rest.length == 0 ? Format.EMPTY : detector.detect(file, rest, rest.length);
        head = Arrays.copyOf(text, Math.min(text.length, FormatDetector.HEAD_BYTES));
        buffered = new BufferedInputStream(new ByteArrayInputStream(text), 64 * 1024);
      } catch (IOException e) {
        out.rejections().add(Rejection.ofFile(file, "file.unreadable",
            "the file could not be read: " + e.getMessage(), head));
        return out;
      }
    }
    try {
      FormatReader reader = readers.get(format);
      if (entries.get(format).sizing() == Sizing.STREAMED) {
        // Simulation outputs can be gigabytes: their parsers stream, so no size limit applies
        // and the file is never held in memory.
        reader.read(file, buffered, out);
        return out;
      }
      byte[] content = BoundedReads.readAtMost(buffered, maxFileBytes + 1);
      if (content.length > maxFileBytes) {
        out.rejections().add(Rejection.ofFile(file, "file.too_large",
            "the file is larger than the configured limit of " + maxFileBytes + " bytes", head));
        return out;
      }
      reader.read(file, new ByteArrayInputStream(content), out);
    } catch (IOException e) {
      IngestedFile failed = new IngestedFile();
      failed.rejections().add(Rejection.ofFile(file, "file.unreadable",
          "the file could not be read: " + e.getMessage(), head));
      return failed;
    } catch (Throwable e) {
      // A parser bug (or a recursion the input made too deep) must not stop the run: the file
      // is quarantined with the exception, and the records the parser may have produced before
      // failing are discarded to stay consistent. Only the JVM's own failures pass.
      return failure(file, "the " + format.code() + " reader", e, head);
    }
    if (out.recordCount() == 0 && out.rejections().isEmpty()) {
      // Every input is parsed or quarantined: a reader that found nothing and said nothing
      // (the fuzzer's truncated lab log, cut inside its header) must not make the file vanish.
      out.rejections().add(Rejection.ofFile(file, "file.no_records",
          "the " + format.code() + " reader found no record and no fault in the file", head));
    }
    return out;
  }

  /** A read buffer no larger than the file needs (8 to 64 KB): most inputs are small. */
  private static int bufferBytes(SourceFile file) {
    return (int) Math.max(FormatDetector.HEAD_BYTES, Math.min(64 * 1024, file.size() + 1));
  }
}
