package dev.anneal.ingest.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.ingest.SourceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentFormatDetectionTest {

  private static final String JATS_HEAD = "<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC "
      + "\"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.0 20120330//EN\" "
      + "\"JATS-archivearticle1.dtd\">\n<article xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
      + "article-type=\"research-article\"><front><article-meta>";

  private final FormatDetector detector = new FormatDetector();

  private Format detect(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
    return detector.detect(new SourceFile("file:/in/" + name, bytes.length), bytes, bytes.length);
  }

  @Test
  void jatsIsRecognizedByContentWhateverTheName() {
    assertEquals(Format.JATS, detect("PMC5828200.nxml", JATS_HEAD));
    assertEquals(Format.JATS, detect("article.xml", JATS_HEAD));
    assertEquals(Format.JATS, detect("PMC5828200", JATS_HEAD));
    assertEquals(Format.JATS, detect("a.xml", "<article dtd-version=\"1.2\" "
        + "xmlns:ali=\"http://www.niso.org/schemas/ali/1.0/\"><front>"));
  }

  @Test
  void anotherXmlWithAnArticleRootIsNotJats() {
    assertEquals(Format.UNSUPPORTED, detect("blog.xml", "<?xml version=\"1.0\"?>\n<article>"
        + "<headline>News</headline><body>Text</body></article>"));
    assertEquals(Format.UNSUPPORTED, detect("paper.nxml", "<?xml version=\"1.0\"?><root/>"));
  }

  @Test
  void pdfByItsMagicEvenWithAMisleadingName() {
    assertEquals(Format.PDF, detect("paper.pdf", "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\u0000"));
    assertEquals(Format.PDF, detect("download.bin", "%PDF-1.7\n\u0000\u0001"));
  }

  @Test
  void htmlAndXhtml() {
    assertEquals(Format.HTML, detect("page.htm", "<p>x</p>"));
    assertEquals(Format.HTML, detect("index", "<!DOCTYPE html>\n<html lang=\"en\"><head>"));
    assertEquals(Format.XHTML, detect("ch1.xml", "<?xml version=\"1.0\"?>\n<html "
        + "xmlns=\"http://www.w3.org/1999/xhtml\"><head>"));
  }

  @Test
  void latexSourcesAndOfficeZips() {
    assertEquals(Format.LATEX, detect("main.tex", "\\documentclass{article}\n"));
    assertEquals(Format.LATEX, detect("paper", "% arXiv\n\\documentclass[11pt]{article}\n"));
    assertEquals(Format.DOCX, detect("report.docx", "PK\u0003\u0004\u0014\u0000"));
    assertEquals(Format.EPUB, detect("book.epub", "PK\u0003\u0004\u0014\u0000"));
    assertEquals(Format.EPUB, detect("book", "PK\u0003\u0004\n\u0000\u0000\u0000\u0000\u0000"
        + "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"
        + "\u0000\u0000\u0000\u0000mimetypeapplication/epub+zip"));
  }
}
