package dev.anneal.ingest.literature.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.literature.Block;
import dev.anneal.ingest.literature.Document;
import dev.anneal.ingest.literature.LiteratureCorpus;
import dev.anneal.ingest.literature.ParsedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowFormatsTest {

  private static final String SYNTHESIS = "LiFePO₄ was prepared by a solid-state reaction of "
      + "Li₂CO₃, FeC₂O₄·2H₂O and NH₄H₂PO₄ at 700 °C for 10 h under flowing argon.";

  @TempDir
  Path tmp;

  private ParsedDocument only(Path file, String format) throws IOException {
    IngestedFile f = LiteratureCorpus.ingest(file);
    assertEquals(List.of(), f.rejections());
    assertEquals(1, f.documents().size());
    ParsedDocument d = f.documents().get(0);
    assertEquals(format, d.document().format());
    return d;
  }

  @Test
  void htmlPageWithSectionsCaptionAndReferences() throws Exception {
    Path html = tmp.resolve("paper.html");
    Files.writeString(html, """
        <!DOCTYPE html><html><head><title>Olivine cathodes made simple</title>
        <meta name="author" content="Ada Lovelace"></head><body>
        <h1>Olivine cathodes made simple</h1>
        <h2>Abstract</h2><p>We make olivine cathodes in one firing step and measure them.</p>
        <h2>Experimental</h2><p>%s</p>
        <figure><img src="x.png"><figcaption>Figure 1. XRD pattern of the product.</figcaption></figure>
        <table><tr><td>700</td><td>10</td></tr></table>
        <h2>References</h2><ol><li>A. K. Padhi, K. S. Nanjundaswamy, J. B. Goodenough, J. Electrochem. Soc. 144 (1997) 1188.</li></ol>
        </body></html>""".formatted(SYNTHESIS), StandardCharsets.UTF_8);
    ParsedDocument d = only(html, "html");
    Document doc = d.document();
    assertEquals("Olivine cathodes made simple", doc.title());
    assertEquals("We make olivine cathodes in one firing step and measure them.", doc.abstractText());
    assertTrue(d.paragraphs().stream().anyMatch(p -> p.section().equals("Experimental")
        && p.text().equals(SYNTHESIS)), "subscripts, middle dot and ° kept");
    assertTrue(d.paragraphs().stream().anyMatch(p -> p.kind().equals(Block.CAPTION)
        && p.text().equals("Figure 1. XRD pattern of the product.")));
    String text = LiteratureCorpus.paragraphs(d);
    assertFalse(text.contains("Padhi"), "references dropped");
    assertFalse(text.contains("700\n10") || text.matches("(?s).*^700$.*"), "table cells dropped");
  }

  @Test
  void xhtmlIsRecognizedByContent() throws Exception {
    Path xhtml = tmp.resolve("chapter.xml");
    Files.writeString(xhtml, """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Sintering notes</title></head>
        <body><h2>Procedure</h2><p>%s</p></body></html>""".formatted(SYNTHESIS));
    ParsedDocument d = only(xhtml, "xhtml");
    assertEquals("Sintering notes", d.document().title());
    assertEquals(SYNTHESIS, d.paragraphs().get(0).text());
    assertEquals("Procedure", d.paragraphs().get(0).section());
  }

  @Test
  void wordDocument() throws Exception {
    Path docx = tmp.resolve("report.docx");
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle("Synthesis report");
      doc.getProperties().getCoreProperties().setCreator("Ada Lovelace");
      doc.createParagraph().createRun().setText(SYNTHESIS);
      doc.createParagraph().createRun().setText("The product was phase pure by X-ray diffraction.");
      try (var out = Files.newOutputStream(docx)) {
        doc.write(out);
      }
    }
    ParsedDocument d = only(docx, "docx");
    assertEquals("Synthesis report", d.document().title());
    assertEquals(List.of("Ada Lovelace"), d.document().authors());
    assertEquals(List.of(SYNTHESIS, "The product was phase pure by X-ray diffraction."),
        d.paragraphs().stream().map(p -> p.text()).toList());
  }

  @Test
  void epubBook() throws Exception {
    Path epub = tmp.resolve("book.epub");
    Files.write(epub, epub("Solid-state chemistry primer", SYNTHESIS));
    ParsedDocument d = only(epub, "epub");
    assertEquals("Solid-state chemistry primer", d.document().title());
    assertTrue(LiteratureCorpus.paragraphs(d).contains(SYNTHESIS), LiteratureCorpus.paragraphs(d));
  }

  private static byte[] epub(String title, String paragraph) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mimetype);
      put(zip, "META-INF/container.xml", """
          <?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>""");
      put(zip, "OEBPS/content.opf", """
          <?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier>
          <dc:title>%s</dc:title><dc:language>en</dc:language></metadata>
          <manifest><item id="c1" href="ch1.xhtml" media-type="application/xhtml+xml"/></manifest>
          <spine><itemref idref="c1"/></spine></package>""".formatted(title));
      put(zip, "OEBPS/ch1.xhtml", """
          <?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter 1</title></head>
          <body><h2>Making olivines</h2><p>%s</p></body></html>""".formatted(paragraph));
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
