package dev.anneal.ingest.literature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

  private static ParseResult<ParsedDocument> parse(String text) throws IOException {
    return new MarkdownParser("markdown").parse(new SourceFile("file:/p.md", text.length()),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String PAPER = """
      ---
      title: "Solid-state synthesis of YBa2Cu3O7"
      authors: [A. Researcher, B. Chemist]
      doi: https://doi.org/10.5555/anneal.example.1
      year: 2019
      ---
      # Solid-state synthesis of YBa2Cu3O7

      ## Abstract
      We report a route to
      single-phase YBa2Cu3O7.

      ## Experimental
      Y2O3, BaCO3 and CuO were ground
      and calcined at 950 °C for 24 h.

      - then pressed into pellets
      """;

  @Test
  void frontMatterGivesBibliographicFields() throws IOException {
    Document d = parse(PAPER).records().get(0).document();
    assertEquals("Solid-state synthesis of YBa2Cu3O7", d.title());
    assertEquals(java.util.List.of("A. Researcher", "B. Chemist"), d.authors());
    assertEquals("10.5555/anneal.example.1", d.doi());
    assertEquals(2019, d.year());
  }

  @Test
  void frontMatterLicenceAndSourceAreCarriedElseUnknown() throws IOException {
    Document d = parse("---\ntitle: T\nlicense: CC-BY-4.0\nsource: arXiv\n---\n\nSome text here.\n")
        .records().get(0).document();
    assertEquals("CC-BY-4.0", d.licence());
    assertEquals("arxiv", d.source());
    Document none = parse(PAPER).records().get(0).document();
    assertEquals("unknown", none.licence());
    assertEquals("local", none.source());
  }

  @Test
  void paragraphsJoinWrappedLinesAndKeepTheirSection() throws IOException {
    ParsedDocument p = parse(PAPER).records().get(0);
    assertEquals(3, p.paragraphs().size());
    Paragraph experimental = p.paragraphs().get(1);
    assertEquals("Experimental", experimental.section());
    assertEquals("Y2O3, BaCO3 and CuO were ground and calcined at 950 °C for 24 h.",
        experimental.text());
    assertEquals("then pressed into pellets", p.paragraphs().get(2).text());
    assertEquals("We report a route to single-phase YBa2Cu3O7.", p.document().abstractText());
  }

  @Test
  void idsAreContentHashesStableAcrossRuns() throws IOException {
    ParsedDocument a = parse(PAPER).records().get(0);
    ParsedDocument b = parse(PAPER).records().get(0);
    assertEquals(a.document().docId(), b.document().docId());
    assertEquals(a.paragraphs().get(0).paraId(), b.paragraphs().get(0).paraId());
    ParsedDocument changed = parse(PAPER.replace("950", "900")).records().get(0);
    assertTrue(!a.document().docId().equals(changed.document().docId()));
  }

  @Test
  void withoutHeadingTheFirstParagraphIsTheTitle() throws IOException {
    Document d = parse("Notes on LiFePO4\n\nCarbon coating improves rate capability.\n")
        .records().get(0).document();
    assertEquals("Notes on LiFePO4", d.title());
  }

  @Test
  void headingsOnlyIsRejectedWithAReason() throws IOException {
    ParseResult<ParsedDocument> r = parse("# Title\n\n## Section\n");
    assertTrue(r.records().isEmpty());
    assertEquals("text.no_paragraphs", r.rejections().get(0).reason());
  }
}
