package dev.anneal.ingest.detect;

import dev.anneal.ingest.BoundedReads;
import dev.anneal.ingest.IngestLimits;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordId;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.archive.ArchiveKind;
import dev.anneal.ingest.archive.ArchiveMembers;
import dev.anneal.ingest.crystal.Plausibility;
import dev.anneal.ingest.crystal.Structure;
import dev.anneal.ingest.lablog.ElnReader;
import dev.anneal.ingest.lablog.LabEntry;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.lablog.LabSynthesis;
import dev.anneal.ingest.literature.ParsedDocument;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.synthesis.SynthesisRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Adapters from each kind of record parser to a {@link FormatReader}: which table the records
 * fill, and the checks every record of that kind passes (plausibility of structures).
 */
final class Readers {

  private Readers() {
  }

  /** Structures, each checked for a plausible cell and density before it is kept. */
  static FormatReader structures(RecordParser<Structure> parser, IngestLimits limits) {
    return (file, in, out) -> {
      ParseResult<Structure> r = parser.parse(file, in);
      for (Structure st : r.records()) {
        Optional<Rejection> absurd = Plausibility.check(st, limits);
        if (absurd.isPresent()) {
          out.rejections().add(absurd.get());
        } else {
          out.structures().add(st);
        }
      }
      out.rejections().addAll(r.rejections());
    };
  }

  /** Simulation runs. */
  static FormatReader calculations(RecordParser<Calculation> parser) {
    return (file, in, out) -> {
      ParseResult<Calculation> r = parser.parse(file, in);
      out.calculations().addAll(r.records());
      out.rejections().addAll(r.rejections());
    };
  }

  /** Lab-log measurements. */
  static FormatReader labRecords(RecordParser<LabRecord> parser) {
    return (file, in, out) -> {
      ParseResult<LabRecord> r = parser.parse(file, in);
      out.labRecords().addAll(r.records());
      out.rejections().addAll(r.rejections());
    };
  }

  /** Synthesis recipes. */
  static FormatReader syntheses(RecordParser<SynthesisRecord> parser) {
    return (file, in, out) -> {
      ParseResult<SynthesisRecord> r = parser.parse(file, in);
      out.synthesisRecords().addAll(r.records());
      out.rejections().addAll(r.rejections());
    };
  }

  /** Documents with their paragraphs. */
  static FormatReader documents(RecordParser<ParsedDocument> parser) {
    return (file, in, out) -> {
      ParseResult<ParsedDocument> r = parser.parse(file, in);
      out.documents().addAll(r.records());
      out.rejections().addAll(r.rejections());
    };
  }

  /** A file no reader takes: quarantined with {@code reason}, its head as the sample. */
  static FormatReader refusing(String reason, String message) {
    return (file, in, out) -> out.rejections().add(Rejection.ofFile(file, reason,
        message.replace("{ext}", file.extension()), in.readAllBytes()));
  }

  /**
   * A notebook export: its entries (measurements, syntheses), then the data files inside it,
   * each read by its own format's reader; any other attachment (images, instrument binaries) is
   * quarantined as {@code eln.attachment_unread}, so it is counted rather than silently skipped.
   */
  static FormatReader notebook(ElnReader eln, ReaderContext context) {
    return (file, in, out) -> {
      byte[] content = in.readAllBytes();
      ParseResult<LabEntry> r = eln.parse(file, new ByteArrayInputStream(content));
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
        crateFiles(file, content, context, out);
      }
    };
  }

  private static void crateFiles(SourceFile crate, byte[] content, ReaderContext context,
                                 IngestedFile out) {
    ArchiveMembers members = new ArchiveMembers(crate, new ByteArrayInputStream(content),
        ArchiveKind.ZIP, context.limits());
    while (members.hasNext()) {
      ArchiveMembers.Member m = members.next();
      if (m.failure() != null) {
        // A refused member (a link, too large) or the end of a damaged archive: counted, and
        // the archive goes on where it can.
        out.rejections().add(m.failure());
        continue;
      }
      String name = m.file().name().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json") || name.endsWith(".html") || name.endsWith(".minisig")) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = BoundedReads.readAtMost(m.content(), context.maxFileBytes() + 1);
      } catch (IOException e) {
        if (members.refusal() != null) {
          out.rejections().add(members.refusal());
          continue;
        }
        out.rejections().add(Rejection.ofFile(m.file(), "file.unreadable",
            "the notebook attachment could not be read: " + e.getMessage(), null));
        return;
      }
      Format format = FormatRegistry.detect(m.file(), bytes,
          Math.min(bytes.length, FormatDetector.HEAD_BYTES));
      if (!FormatRegistry.readable(format) || format == Format.ELN) {
        out.rejections().add(Rejection.ofFile(m.file(), "eln.attachment_unread",
            "a file in the notebook export that no reader takes (" + format.code() + ")", bytes));
        continue;
      }
      out.addAll(context.members().ingest(m.file(), new ByteArrayInputStream(bytes)));
    }
  }

  /** A notebook's synthesis as a {@code raw/synthesis_records} row (no operations: free text). */
  private static SynthesisRecord notebookSynthesis(LabSynthesis s, int entry) {
    List<SynthesisRecord.Precursor> precursors = new ArrayList<>();
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
}
