package dev.anneal.ingest.literature.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JatsReaderTest {

  private static ParsedDocument read(String name) throws Exception {
    IngestedFile f = LiteratureCorpus.ingest(LiteratureCorpus.file("jats/" + name));
    assertEquals(List.of(), f.rejections());
    assertEquals(1, f.documents().size());
    ParsedDocument d = f.documents().get(0);
    assertEquals("jats", d.document().format());
    return d;
  }

  @Test
  void everyPmcArticleNamesItsLicenceAndSource() throws Exception {
    // PMC5828200: xlink:href by/3.0; PMC6398430: license-type cc-by and href by/4.0;
    // PMC7417471: license-type OpenAccess and only the licence sentence (CC BY 4.0 in words)
    assertEquals("CC-BY-3.0", read("PMC5828200.nxml").document().licence());
    assertEquals("CC-BY-4.0", read("PMC6398430.nxml").document().licence());
    assertEquals("CC-BY-4.0", read("PMC7417471.nxml").document().licence());
    assertEquals("pmc", read("PMC7417471.nxml").document().source());
  }

  @Test
  void oncotargetArticle() throws Exception {
    ParsedDocument d = read("PMC5828200.nxml");
    Document doc = d.document();
    assertEquals("Curcuminoid submicron particle ameliorates cognitive deficits and decreases "
        + "amyloid pathology in Alzheimer’s disease mouse model", doc.title());
    assertEquals("Yi-Heng Tai", doc.authors().get(0));
    assertEquals(7, doc.authors().size());
    assertEquals("10.18632/oncotarget.24369", doc.doi());
    assertEquals("Oncotarget", doc.journal());
    assertEquals(2018, doc.year());
    assertEquals("en", doc.language());
    assertTrue(doc.abstractText().startsWith("Alzheimer's disease (AD) is the most prevalent "
        + "neurodegenerative disorder"), doc.abstractText());
    String text = LiteratureCorpus.paragraphs(d);
    assertTrue(text.contains("Alzheimer's disease (AD) is the most common form of dementia "
        + "affecting more than 46 million patients worldwide."));
    assertTrue(hasParagraph(d, "INTRODUCTION", Block.BODY, "Neuroinflammation triggered by the "
        + "activation of astrocyte and microglia plays a central role"));
    assertTrue(hasParagraph(d, "Animals", Block.BODY, ""), "a methods subsection is a section");
    assertTrue(d.paragraphs().stream().anyMatch(p -> p.kind().equals(Block.CAPTION)
        && p.text().startsWith("Figure 1. CSP had better protective effect against oligomeric Aβ")),
        "figure captions with their label");
    assertTrue(text.contains("Table 1. Pharmacokinetic analysis of un-nanosized curcuminoid"));
    assertFalse(text.contains("Institute of Brain Science"), "affiliations are not text");
    noReferences(d, "Mass spectrometry of purified amyloid beta protein in Alzheimer",
        "Accelerating amyloid-beta fibrillization reduces oligomer levels",
        "Deficits in memory and hippocampal long-term potentiation in mice");
  }

  @Test
  void behavioralEcologyArticleWithTwoAbstractsAndMathml() throws Exception {
    ParsedDocument d = read("PMC6398430.nxml");
    Document doc = d.document();
    assertEquals("Counting crows: population structure and group size variation in an urban "
        + "population of crows", doc.title());
    assertEquals("10.1093/beheco/ary157", doc.doi());
    assertEquals("Behavioral Ecology", doc.journal());
    assertEquals(2019, doc.year());
    // The main abstract, not the one-paragraph teaser.
    assertTrue(doc.abstractText().startsWith("Social complexity arises from the formation of "
        + "social relationships like social bonds and dominance hierarchies."));
    assertFalse(doc.abstractText().contains("With data collected over a 1-year period"));
    String text = LiteratureCorpus.paragraphs(d);
    assertTrue(text.contains("The study area is ideal for conducting behavioral observations on "
        + "group formation and dynamics"));
    assertTrue(text.contains("$$CF=\\frac{CM_t−CM_{ind}}{CM_t}$$"), "MathML written as LaTeX");
    assertTrue(text.contains("where CMt is the total number of sightings of marked birds"));
    noReferences(d, "Factors related to grizzly bear: human interactions in Denali National Park",
        "Social networks predict selective observation and information spread in ravens",
        "Neighbours, strangers, and the asymmetric war of attrition");
  }

  @Test
  void nanoConvergenceReviewWithTexMath() throws Exception {
    ParsedDocument d = read("PMC7417471.nxml");
    Document doc = d.document();
    assertTrue(doc.title().startsWith("Graphene impregnated electrospun nanofiber sensing materials"));
    assertEquals(List.of("Adel Mohammed Al-Dhahebi", "Subash Chandra Bose Gopinath",
        "Mohamed Shuaib Mohamed Saheed"), doc.authors());
    assertEquals("10.1186/s40580-020-00237-4", doc.doi());
    assertEquals(2020, doc.year());
    String text = LiteratureCorpus.paragraphs(d);
    assertTrue(text.contains("Electrospinning is a simple, cost-effective, and versatile technique"));
    assertTrue(text.contains("$a$"), "tex-math kept, without PMC's \\documentclass wrapper");
    assertFalse(text.contains("\\documentclass"));
    assertTrue(text.contains("mV s⁻¹"), "superscripts kept as superscripts");
    assertFalse(text.contains("Cyclic voltammetry\n"), "the glossary is not text");
    noReferences(d, "A review on graphene-based nanocomposites for electrochemical and fluorescent",
        "Scalable templated growth of graphene nanoribbons on SiC",
        "Transfer-medium-free nanofiber-reinforced graphene film");
  }

  @Test
  void malformedXmlIsQuarantined() throws Exception {
    String xml = "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and "
        + "Interchange DTD v1.0 20120330//EN\" \"JATS-archivearticle1.dtd\">\n<article><front>"
        + "<article-meta><title-group><article-title>Broken</article-title></title-group>"
        + "</article-meta></front><body><p>Unclosed</body></article>";
    ParseResult<ParsedDocument> r = new JatsReader(new DocumentAssembler()).parse(
        new SourceFile("broken.nxml", xml.length()),
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("jats.malformed", r.rejections().get(0).reason());
    assertEquals("line 2", r.rejections().get(0).location());
  }

  private static boolean hasParagraph(ParsedDocument d, String section, String kind, String start) {
    return d.paragraphs().stream().anyMatch(p -> p.section().equals(section)
        && p.kind().equals(kind) && p.text().startsWith(start));
  }

  /** None of the paragraphs holds a reference list's titles. */
  static void noReferences(ParsedDocument d, String... referenceTitles) {
    for (Paragraph p : d.paragraphs()) {
      for (String title : referenceTitles) {
        assertFalse(p.text().contains(title), "reference-list text in paragraph: " + p.text());
      }
    }
  }
}
