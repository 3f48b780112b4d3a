package dev.anneal.ingest;

import dev.anneal.ingest.archive.ArchiveKind;
import dev.anneal.ingest.archive.ArchiveMembers;
import dev.anneal.ingest.crystal.CifParser;
import dev.anneal.ingest.crystal.Plausibility;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.crystal.optimade.OptimadeParser;
import dev.anneal.ingest.crystal.poscar.PoscarParser;
import dev.anneal.ingest.crystal.xyz.ExtendedXyzParser;
import dev.anneal.ingest.detect.Format;
import dev.anneal.ingest.detect.FormatDetector;
import dev.anneal.ingest.detect.TextEncodings;
import dev.anneal.ingest.fault.Faults;
import dev.anneal.ingest.fault.GuardedIterator;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.CsvLabLogReader;
import dev.anneal.ingest.lablog.ElnReader;
import dev.anneal.ingest.lablog.JsonLabLogReader;
import dev.anneal.ingest.lablog.LabEntry;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.lablog.LabSynthesis;
import dev.anneal.ingest.synthesis.RecipeReader;
import dev.anneal.ingest.synthesis.SynthesisRecord;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.ingest.lablog.XlsxLabLogReader;
import dev.anneal.ingest.literature.DocumentAssembler;
import dev.anneal.ingest.literature.MarkdownParser;
import dev.anneal.ingest.literature.ParsedDocument;
import dev.anneal.ingest.literature.jats.JatsReader;
import dev.anneal.ingest.literature.latex.LatexBundles;
import dev.anneal.ingest.literature.latex.LatexReader;
import dev.anneal.ingest.literature.tika.TikaDocumentReader;
import dev.anneal.ingest.literature.tika.TikaLimits;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.simulation.lammps.LammpsLogParser;
import dev.anneal.ingest.simulation.qe.PwOutputParser;
import dev.anneal.ingest.simulation.vasp.OutcarParser;
import dev.anneal.ingest.simulation.vasp.VasprunParser;
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

  /** How deep archives inside archives are opened. */
  public static final int MAX_ARCHIVE_DEPTH = 3;

  /** Enough to see a tar's {@code ustar} magic at offset 257. */
  private static final int MAGIC_BYTES = 512;

  private final FormatDetector detector = new FormatDetector();
  private final Map<Format, RecordParser<Structure>> structureParsers = Map.of(
      Format.CIF, new CifParser(),
      Format.POSCAR, new PoscarParser(),
      Format.EXTXYZ, new ExtendedXyzParser(),
      Format.OPTIMADE, new OptimadeParser());
  private final Map<Format, RecordParser<Calculation>> calculationParsers = Map.of(
      Format.VASPRUN, new VasprunParser(),
      Format.OUTCAR, new OutcarParser(),
      Format.PWSCF, new PwOutputParser(),
      Format.LAMMPS_LOG, new LammpsLogParser());
  private final DocumentAssembler assembler = new DocumentAssembler();
  private final MarkdownParser markdownParser = new MarkdownParser("markdown", assembler);
  private final MarkdownParser textParser = new MarkdownParser("text", assembler);
  private final JatsReader jatsReader = new JatsReader(assembler);
  private final LatexReader latexReader = new LatexReader(assembler);
  private final Map<Format, TikaDocumentReader> tikaReaders = new EnumMap<>(Format.class);
  private final long maxFileBytes;
  private final CsvLabLogReader csvReader;
  private final JsonLabLogReader jsonReader;
  private final XlsxLabLogReader xlsxReader;
  private final ElnReader elnReader;
  private final RecipeReader recipeReader = new RecipeReader();

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
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
    this.csvReader = new CsvLabLogReader(mapping, pseudonymizer);
    this.jsonReader = new JsonLabLogReader(mapping, pseudonymizer);
    this.xlsxReader = new XlsxLabLogReader(mapping, pseudonymizer);
    this.elnReader = new ElnReader(mapping, pseudonymizer);
    for (Format f : Format.values()) {
      if (f.tika()) {
        tikaReaders.put(f, new TikaDocumentReader(f.code(), assembler, TikaLimits.DEFAULT));
      }
    }
  }

  /**
   * Reads {@code in}, the content of {@code file}, opening archives and compressed files (nested
   * up to {@value #MAX_ARCHIVE_DEPTH} deep) and yielding one result per member, lazily: a member
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
        bytes = readAtMost(buffered, LatexBundles.MAX_BUNDLE_BYTES + 1);
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
    if (depth >= MAX_ARCHIVE_DEPTH) {
      IngestedFile nested = new IngestedFile();
      nested.rejections().add(Rejection.ofFile(file, "archive.too_deep",
          "archives nested more than " + MAX_ARCHIVE_DEPTH + " deep are not opened", null));
      return List.of(nested).iterator();
    }
    return new FlatteningIterator<>(new ArchiveMembers(file, buffered, kind.get()), member -> {
      if (member.failure() != null) {
        IngestedFile failed = new IngestedFile();
        failed.rejections().add(member.failure());
        return List.of(failed).iterator();
      }
      return ingestAll(member.file(), member.content(), depth + 1);
    });
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
        new ByteArrayInputStream(bytes), kind);
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

  /** Reads {@code in}, the content of {@code file} (not an archive). Does not close {@code in}. */
  public IngestedFile ingest(SourceFile file, InputStream in) {
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
        byte[] all = readAtMost(buffered, maxFileBytes + 1);
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
      if (format.streamed()) {
        // Simulation outputs can be gigabytes: their parsers stream, so no size limit applies
        // and the file is never held in memory.
        ParseResult<Calculation> r = calculationParsers.get(format).parse(file, buffered);
        out.calculations().addAll(r.records());
        out.rejections().addAll(r.rejections());
        return out;
      }
      byte[] content = readAtMost(buffered, maxFileBytes + 1);
      if (content.length > maxFileBytes) {
        out.rejections().add(Rejection.ofFile(file, "file.too_large",
            "the file is larger than the configured limit of " + maxFileBytes + " bytes", head));
        return out;
      }
      switch (format) {
        case CIF, POSCAR, EXTXYZ, OPTIMADE -> {
          ParseResult<Structure> r = structureParsers.get(format)
              .parse(file, new ByteArrayInputStream(content));
          for (Structure st : r.records()) {
            Optional<Rejection> absurd = Plausibility.check(st);
            if (absurd.isPresent()) {
              out.rejections().add(absurd.get());
            } else {
              out.structures().add(st);
            }
          }
          out.rejections().addAll(r.rejections());
        }
        case LABLOG_CSV, LABLOG_JSON, LABLOG_XLSX -> {
          RecordParser<LabRecord> reader = format == Format.LABLOG_CSV ? csvReader
              : format == Format.LABLOG_JSON ? jsonReader : xlsxReader;
          ParseResult<LabRecord> r = reader.parse(file, new ByteArrayInputStream(content));
          out.labRecords().addAll(r.records());
          out.rejections().addAll(r.rejections());
        }
        case ELN -> {
          ParseResult<LabEntry> r = elnReader.parse(file, new ByteArrayInputStream(content));
          for (LabEntry entry : r.records()) {
            if (entry instanceof LabRecord rec) {
              out.labRecords().add(rec);
            } else if (entry instanceof LabSynthesis synthesis) {
              out.synthesisRecords().add(notebookSynthesis(synthesis,
                  out.synthesisRecords().size() + 1));
            }
            // LabSample entries describe what the records and syntheses already name; they get
            // a table of their own with the sample registry (not yet).
          }
          out.rejections().addAll(r.rejections());
          if (r.rejections().stream().noneMatch(x -> x.reason().equals("eln.bad_zip"))) {
            ingestCrateFiles(file, content, out);
          }
        }
        case SYNTHESIS_RECIPES -> {
          ParseResult<SynthesisRecord> r = recipeReader.parse(file,
              new ByteArrayInputStream(content));
          out.synthesisRecords().addAll(r.records());
          out.rejections().addAll(r.rejections());
        }
        case MARKDOWN, TEXT -> {
          MarkdownParser parser = format == Format.MARKDOWN ? markdownParser : textParser;
          var r = parser.parse(file, new ByteArrayInputStream(content));
          out.documents().addAll(r.records());
          out.rejections().addAll(r.rejections());
        }
        case JATS, LATEX -> {
          RecordParser<ParsedDocument> parser = format == Format.JATS ? jatsReader : latexReader;
          var r = parser.parse(file, new ByteArrayInputStream(content));
          out.documents().addAll(r.records());
          out.rejections().addAll(r.rejections());
        }
        case PDF, HTML, XHTML, DOCX, EPUB -> {
          var r = tikaReaders.get(format).parse(file, new ByteArrayInputStream(content));
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

  /**
   * The data files inside a notebook export go to the other readers (a CIF, a CSV, a POSCAR
   * attached to a sample); the crate's own JSON and HTML are the ELN reader's; any other
   * attachment (images, instrument binaries) is quarantined as {@code eln.attachment_unread},
   * so it is counted rather than silently skipped.
   */
  private void ingestCrateFiles(SourceFile crate, byte[] content, IngestedFile out) {
    ArchiveMembers members = new ArchiveMembers(crate, new ByteArrayInputStream(content),
        ArchiveKind.ZIP);
    while (members.hasNext()) {
      ArchiveMembers.Member m = members.next();
      if (m.failure() != null) {
        out.rejections().add(m.failure());
        return;
      }
      String name = m.file().name().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".json") || name.endsWith(".html") || name.endsWith(".minisig")) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = readAtMost(m.content(), maxFileBytes + 1);
      } catch (IOException e) {
        out.rejections().add(Rejection.ofFile(m.file(), "file.unreadable",
            "the notebook attachment could not be read: " + e.getMessage(), null));
        return;
      }
      Format format = detector.detect(m.file(), bytes, Math.min(bytes.length, FormatDetector.HEAD_BYTES));
      if (!format.readable() || format == Format.ELN) {
        out.rejections().add(Rejection.ofFile(m.file(), "eln.attachment_unread",
            "a file in the notebook export that no reader takes (" + format.code() + ")", bytes));
        continue;
      }
      out.addAll(ingest(m.file(), new ByteArrayInputStream(bytes)));
    }
  }

  /** A notebook's synthesis as a {@code raw/synthesis_records} row (no operations: free text). */
  private static SynthesisRecord notebookSynthesis(LabSynthesis s, int entry) {
    List<SynthesisRecord.Precursor> precursors = new java.util.ArrayList<>();
    for (LabSynthesis.Constituent c : s.constituents()) {
      precursors.add(new SynthesisRecord.Precursor(c.name(), c.formulaAsWritten(), c.quantity(),
          c.unit()));
    }
    return new SynthesisRecord(
        RecordId.of("synthesis", s.sourceUri(), "entry " + entry, s.sampleId(), s.text()),
        s.sourceUri(), "entry " + entry, "eln", "", s.sampleId(), s.text(),
        s.targetAsWritten().isEmpty() ? List.of() : List.of(s.targetAsWritten()), precursors,
        List.of());
  }

  /** A read buffer no larger than the file needs (8 to 64 KB): most inputs are small. */
  private static int bufferBytes(SourceFile file) {
    return (int) Math.max(FormatDetector.HEAD_BYTES, Math.min(64 * 1024, file.size() + 1));
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
