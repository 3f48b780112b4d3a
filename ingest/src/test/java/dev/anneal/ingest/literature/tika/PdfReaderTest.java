package dev.anneal.ingest.literature.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.literature.Block;
import dev.anneal.ingest.literature.Document;
import dev.anneal.ingest.literature.DocumentAssembler;
import dev.anneal.ingest.literature.LiteratureCorpus;
import dev.anneal.ingest.literature.Paragraph;
import dev.anneal.ingest.literature.ParsedDocument;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

  private static ParsedDocument read(String name) throws Exception {
    IngestedFile f = LiteratureCorpus.ingest(LiteratureCorpus.file("pdf/" + name));
    assertEquals(List.of(), f.rejections());
    assertEquals(1, f.documents().size());
    ParsedDocument d = f.documents().get(0);
    assertEquals("pdf", d.document().format());
    return d;
  }

  @Test
  void specterPaper() throws Exception {
    ParsedDocument d = read("2020.acl-main.207.pdf");
    Document doc = d.document();
    assertEquals("SPECTER: Document-level Representation Learning using Citation-informed "
        + "Transformers", doc.title());
    assertEquals(List.of("Arman Cohan", "Sergey Feldman", "Iz Beltagy", "Doug Downey",
        "Daniel Weld"), doc.authors());
    assertEquals("en", doc.language());
    assertTrue(doc.abstractText().startsWith("Representation learning is a critical ingredient "
        + "for natural language processing systems."), doc.abstractText());
    String text = LiteratureCorpus.paragraphs(d);
    assertTrue(text.contains("As the pace of scientific publication continues to increase, "
        + "Natural Language Processing (NLP) tools that help users to search, discover and "
        + "understand the scientific literature have become critical."));
    assertTrue(d.paragraphs().stream().anyMatch(p -> p.section().equals("1 Introduction")));
    assertTrue(d.paragraphs().stream().anyMatch(p -> p.kind().equals(Block.CAPTION)));
    noPageFurniture(d, "2270", "2271", "2275", "2282");
    noReferenceLines(d, "Estimating position bias without intrusive interventions",
        "Anant K. Agarwal, Ivan Zaitsev");
  }

  @Test
  void literatureGraphPaper() throws Exception {
    ParsedDocument d = read("N18-3011.pdf");
    Document doc = d.document();
    assertEquals("Construction of the Literature Graph in Semantic Scholar", doc.title());
    assertTrue(doc.authors().containsAll(List.of("Waleed Ammar", "Kyle Lo", "Madeleine van Zuylen")),
        doc.authors().toString());
    assertTrue(doc.abstractText().startsWith("We describe a deployed scalable system for "
        + "organizing published scientific literature into a heterogeneous graph"));
    String text = LiteratureCorpus.paragraphs(d);
    assertTrue(text.contains("The goal of this work is to facilitate algorithmic discovery in the "
        + "scientific literature."));
    assertTrue(text.contains("In this section, we describe the attributes associated with nodes "
        + "and edges of different types in the literature graph."));
    // "Xiong et al.," ends one column and "2017). We describe…" starts the next: one paragraph.
    assertTrue(text.contains("(e.g., Xiong et al., 2017). We describe methods used in a "
        + "scalable deployed production system"), "paragraph split by a column break is joined");
    noPageFurniture(d, "84", "85", "86", "91");
    noReferenceLines(d, "The ai2 system at semeval-2017 task 10",
        "Isabelle Augenstein, Mrinal Das, Sebastian Riedel");
  }

  @Test
  void encryptedBlankAndCorruptPdfsAreQuarantinedWithTheirOwnReasons() throws Exception {
    TikaDocumentReader reader = new TikaDocumentReader("pdf", new DocumentAssembler(),
        TikaLimits.DEFAULT);
    assertEquals("pdf.encrypted", reason(reader, PdfFixtures.withText("user-secret",
        "Samples were annealed at 900 C for 12 h.")));
    assertEquals("pdf.no_text", reason(reader, PdfFixtures.blank()));
    assertEquals("pdf.corrupt", reason(reader, PdfFixtures.garbage()));
    // A PDF with an owner password only opens without one: it is read, not quarantined.
    ParseResult<ParsedDocument> open = reader.parse(new SourceFile("owner-only.pdf", -1),
        new ByteArrayInputStream(PdfFixtures.withText("", "Samples were annealed at 900 C "
            + "for twelve hours in flowing oxygen and cooled slowly.")));
    assertEquals(List.of(), open.rejections());
    assertTrue(LiteratureCorpus.paragraphs(open.records().get(0)).contains("annealed at 900 C"));
  }

  @Test
  void aTruncatedPdfDoesNotStopTheRun() throws Exception {
    byte[] real = Files.readAllBytes(LiteratureCorpus.file("pdf/N18-3011.pdf"));
    TikaDocumentReader reader = new TikaDocumentReader("pdf", new DocumentAssembler(),
        TikaLimits.DEFAULT);
    ParseResult<ParsedDocument> r = reader.parse(new SourceFile("truncated.pdf", -1),
        new ByteArrayInputStream(Arrays.copyOf(real, real.length / 3)));
    // PDFBox recovers what it can from a cut file; whatever is lost is reported, never thrown.
    assertTrue(!r.records().isEmpty() || List.of("pdf.corrupt", "pdf.no_text")
        .contains(r.rejections().get(0).reason()), r.toString());
  }

  @Test
  void limitsStopAParseAndSayWhy() throws Exception {
    byte[] real = Files.readAllBytes(LiteratureCorpus.file("pdf/N18-3011.pdf"));
    TikaDocumentReader slow = new TikaDocumentReader("pdf", new DocumentAssembler(),
        new TikaLimits(1, 5_000_000));
    assertEquals("tika.timeout", reason(slow, real));
    TikaDocumentReader small = new TikaDocumentReader("pdf", new DocumentAssembler(),
        new TikaLimits(60_000, 3_000));
    ParseResult<ParsedDocument> cut = small.parse(new SourceFile("big.pdf", -1),
        new ByteArrayInputStream(real));
    assertEquals("tika.output_truncated", cut.rejections().get(0).reason());
    assertEquals(1, cut.records().size(), "the text before the cut is kept");
    assertTrue(cut.records().get(0).document().nChars() <= 3_000);
  }

  @Test
  void runOverTheLiteratureCorpusAndBrokenPdfsCompletes() throws Exception {
    Path dir = Files.createTempDirectory("anneal-pdfs");
    Files.write(dir.resolve("encrypted.pdf"), PdfFixtures.withText("pw", "Secret text."));
    Files.write(dir.resolve("scan.pdf"), PdfFixtures.blank());
    Files.write(dir.resolve("broken.pdf"), PdfFixtures.garbage());
    Files.copy(LiteratureCorpus.file("pdf/N18-3011.pdf"), dir.resolve("N18-3011.pdf"));
    FileIngestor ingestor = new FileIngestor(256L << 20);
    IngestedFile all = new IngestedFile();
    try (var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        all.addAll(LiteratureCorpus.ingest(ingestor, p));
      }
    }
    assertEquals(1, all.documents().size());
    assertEquals(List.of("pdf.corrupt", "pdf.encrypted", "pdf.no_text"),
        all.rejections().stream().map(r -> r.reason()).sorted().toList());
  }

  private static String reason(TikaDocumentReader reader, byte[] pdf) throws Exception {
    ParseResult<ParsedDocument> r = reader.parse(new SourceFile("fixture.pdf", pdf.length),
        new ByteArrayInputStream(pdf));
    assertEquals(List.of(), r.records());
    return r.rejections().get(0).reason();
  }

  private static void noPageFurniture(ParsedDocument d, String... pageNumbers) {
    for (Paragraph p : d.paragraphs()) {
      for (String n : pageNumbers) {
        assertFalse(p.text().equals(n) || p.text().startsWith(n + " ") && p.text().length() < 8,
            "page number as a paragraph: " + p.text());
      }
    }
  }

  private static void noReferenceLines(ParsedDocument d, String... referenceText) {
    for (Paragraph p : d.paragraphs()) {
      for (String r : referenceText) {
        assertFalse(p.text().contains(r), "reference-list line in paragraph: " + p.text());
      }
    }
  }
}
