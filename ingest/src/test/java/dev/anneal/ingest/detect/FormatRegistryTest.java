package dev.anneal.ingest.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormatRegistryTest {

  /** One small file per format: a format added without a sample here fails the first test. */
  private static final Map<Format, Sample> SAMPLES = new EnumMap<>(Format.class);

  private record Sample(String name, byte[] content) {
  }

  private static void sample(Format f, String name, String content) {
    SAMPLES.put(f, new Sample(name, content.getBytes(StandardCharsets.ISO_8859_1)));
  }

  static {
    sample(Format.CIF, "structure", "# written by hand\ndata_NaCl\n_cell_length_a 5.64\n");
    sample(Format.POSCAR, "CONTCAR_relaxed", "Si\n1.0\n");
    sample(Format.EXTXYZ, "frame", "2\ncomment\nSi 0 0 0\nSi 1.3 1.3 1.3\n");
    sample(Format.OPTIMADE, "entries.json",
        "{\"data\":[{\"type\": \"structures\",\"id\":\"x\"}]}");
    sample(Format.VASPRUN, "run.scstep", "<?xml version=\"1.0\"?>\n<!-- c -->\n<modeling>\n");
    sample(Format.OUTCAR, "out.txt", " vasp.6.3.0 18Jan22 (build Feb 02 2022) complex\n");
    sample(Format.PWSCF, "scf.out", "\n     Program PWSCF v.7.0 starts on  1Jan2022\n");
    sample(Format.LAMMPS_LOG, "run.out", "LAMMPS (29 Sep 2021)\n");
    sample(Format.LABLOG_CSV, "log.tsv", "sample\tTc (K)\nA\t92\n");
    sample(Format.LABLOG_JSON, "log.jsonl", "{\"sample\":\"A\",\"Tc (K)\":92}\n");
    sample(Format.LABLOG_XLSX, "book.xlsx", "PK\3\4 workbook");
    sample(Format.SYNTHESIS_RECIPES, "recipes.jsonl", "{\"targets_string\": [\"BaTiO3\"]}\n");
    sample(Format.ELN, "export.eln", "PK\3\4 crate");
    sample(Format.MARKDOWN, "paper.md", "# Title\n");
    sample(Format.TEXT, "notes.txt", "some notes");
    sample(Format.JATS, "article.xml",
        "<?xml version=\"1.0\"?>\n<article dtd-version=\"1.2\"><front>");
    sample(Format.LATEX, "main", "% preamble\n\\documentclass[a4paper]{article}\n");
    sample(Format.PDF, "paper.bin", "%PDF-1.7\n%\u00e2\u00e3\n");
    sample(Format.HTML, "page", "<!DOCTYPE html>\n<html><body>x</body></html>");
    sample(Format.XHTML, "page",
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
    sample(Format.DOCX, "report.docx", "PK\3\4 word");
    sample(Format.EPUB, "book", "PK\3\4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
        + "mimetypeapplication/epub+zip");
    sample(Format.EMPTY, "blank.cif", " \n\t\n");
    sample(Format.BINARY, "data.cif", "\0\1\2\3binary");
    sample(Format.UNSUPPORTED, "notes.foo", "plain words in no known format\n");
  }

  private static Format detect(Sample s) {
    return FormatRegistry.detect(new SourceFile("file:/in/" + s.name(), s.content().length),
        s.content(), s.content().length);
  }

  @Test
  void everyFormatHasOneEntryAndIsRecognizedFromItsSample() {
    assertEquals(EnumSet.allOf(Format.class), SAMPLES.keySet(), "a sample for every format");
    Set<Format> declared = FormatRegistry.entries().stream().map(FormatEntry::format)
        .collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Format.class), declared);
    assertEquals(Format.values().length, FormatRegistry.entries().size(), "each declared once");
    for (Map.Entry<Format, Sample> e : SAMPLES.entrySet()) {
      assertEquals(e.getKey(), detect(e.getValue()), e.getValue().name());
    }
  }

  @Test
  void simulationOutputsAreStreamedAndEverythingElseIsBoundedBySize() {
    Set<Format> streamed = FormatRegistry.entries().stream()
        .filter(e -> e.sizing() == Sizing.STREAMED).map(FormatEntry::format)
        .collect(Collectors.toSet());
    assertEquals(EnumSet.of(Format.VASPRUN, Format.OUTCAR, Format.PWSCF, Format.LAMMPS_LOG),
        streamed);
  }

  @Test
  void contentWinsOverTheName() {
    // A vasprun renamed, a PDF named .cif, an OUTCAR named .csv: the content decides.
    assertEquals(Format.VASPRUN, detect(new Sample("calc.csv",
        "<?xml version=\"1.0\"?>\n<modeling>".getBytes(StandardCharsets.US_ASCII))));
    assertEquals(Format.PDF, detect(new Sample("x.cif",
        "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))));
    assertEquals(Format.BINARY, detect(new Sample("paper.md", new byte[] {'#', 0, 1})));
  }

  @Test
  void theFilesNoReaderTakesGetTheirStableReasons() {
    FileIngestor ingestor = new FileIngestor(1 << 20);
    assertEquals("file.unsupported_format", onlyReason(ingestor, SAMPLES.get(Format.UNSUPPORTED)));
    assertEquals("file.empty", onlyReason(ingestor, SAMPLES.get(Format.EMPTY)));
    assertEquals("file.binary", onlyReason(ingestor, SAMPLES.get(Format.BINARY)));
    IngestedFile unknown = ingest(ingestor, SAMPLES.get(Format.UNSUPPORTED));
    assertTrue(unknown.rejections().get(0).message().contains("extension 'foo'"),
        unknown.rejections().get(0).message());
    assertEquals(0, unknown.recordCount());
  }

  @Test
  void aReadableFormatIsReadThroughItsEntry() {
    IngestedFile csv = ingest(new FileIngestor(1 << 20), SAMPLES.get(Format.LABLOG_CSV));
    assertEquals(1, csv.labRecords().size(), csv.rejections().toString());
    assertTrue(FormatRegistry.readable(Format.CIF));
    assertTrue(!FormatRegistry.readable(Format.UNSUPPORTED));
  }

  private static IngestedFile ingest(FileIngestor ingestor, Sample s) {
    return ingestor.ingest(new SourceFile("file:/in/" + s.name(), s.content().length),
        new ByteArrayInputStream(s.content()));
  }

  private static String onlyReason(FileIngestor ingestor, Sample s) {
    IngestedFile out = ingest(ingestor, s);
    assertEquals(1, out.rejections().size(), out.rejections().toString());
    Rejection r = out.rejections().get(0);
    return r.reason();
  }
}
