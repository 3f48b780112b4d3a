package dev.anneal.ingest.literature.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.literature.Block;
import dev.anneal.ingest.literature.Document;
import dev.anneal.ingest.literature.LiteratureCorpus;
import dev.anneal.ingest.literature.Paragraph;
import dev.anneal.ingest.literature.ParsedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatexReaderTest {

  @TempDir
  Path tmp;

  @Test
  void arxivBundleIsOneDocument() throws Exception {
    IngestedFile f = LiteratureCorpus.ingest(LiteratureCorpus.file("latex/1911.02782.tar.gz"));
    assertEquals(List.of(), f.rejections(), "figures and styles are the bundle's, not rejects");
    assertEquals(1, f.documents().size());
    ParsedDocument d = f.documents().get(0);
    Document doc = d.document();
    assertEquals("latex", doc.format());
    assertTrue(doc.sourceUri().endsWith("1911.02782.tar.gz"));
    assertEquals("arxiv", doc.source(), "a bundle named by its arXiv id");
    assertEquals("unknown", doc.licence(), "the bundle states no licence");
    assertEquals("S2ORC: The Semantic Scholar Open Research Corpus", doc.title());
    assertEquals(List.of("Kyle Lo", "Lucy Lu Wang", "Mark Neumann", "Rodney Kinney",
        "Daniel S. Weld"), doc.authors());
    assertEquals("en", doc.language());
    assertTrue(doc.abstractText().startsWith("We introduce S2ORC, a large corpus of 81.1M "
        + "English-language academic papers"), "macros expanded: " + doc.abstractText());
    String text = LiteratureCorpus.paragraphs(d);
    assertTrue(text.contains("Academic papers are an increasingly important textual domain for "
        + "natural language processing (NLP) research."));
    assertTrue(text.contains("S2ORC is constructed using data from the Semantic Scholar "
        + "literature corpus."));
    assertTrue(text.contains("As shown in Table 1, S2ORC provides substantially more structured"),
        "a \\ref becomes its label's number: " + text.substring(0, 200));
    assertTrue(hasSection(d, "Constructing the corpus"));
    assertTrue(hasSection(d, "Background & Terminology"), "appendix sections kept");
    assertTrue(d.paragraphs().stream().anyMatch(p -> p.kind().equals(Block.CAPTION)
        && p.text().startsWith("Figure 1: Inline citations and references to figures and tables")));
    String outsideMath = text.replaceAll("(?s)\\$\\$.*?\\$\\$|\\$[^$]*\\$", "");
    int slash = outsideMath.indexOf('\\');
    assertEquals(-1, slash, "no LaTeX command outside math: "
        + outsideMath.substring(Math.max(0, slash - 80), Math.max(0, Math.min(outsideMath.length(), slash + 80))));
    assertFalse(text.contains("acl_natbib") || text.contains("columnwidth"), "layout dropped");
    // The bibliography (main.bbl) is not text.
    for (String ref : List.of("Cad: an algorithm for citation-anchors detection",
        "Construction of the literature graph in semantic scholar", "Riaz Ahmad")) {
      assertFalse(text.contains(ref), "reference text: " + ref);
    }
  }

  @Test
  void inputsCommentsMacrosAndMathInASyntheticBundle() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("paper/ms.tex", """
        \\documentclass{article}
        \\newcommand{\\lfp}{LiFePO$_4$\\xspace}
        \\newcommand{\\degC}[1]{#1\\,\\textdegree C}
        \\title{Olivine \\lfp by solid-state reaction}
        \\author{Ada Lovelace \\and Carl Friedrich Gauss\\thanks{Equal contribution.}}
        \\begin{document}
        \\maketitle
        \\begin{abstract}
        We report \\lfp made at \\degC{700}. % a comment that must not appear
        \\end{abstract}
        \\input{sections/methods}
        \\include{sections/results.tex}
        \\bibliographystyle{plain}
        \\bibliography{refs}
        \\end{document}
        """);
    files.put("paper/sections/methods.tex", """
        \\section{Experimental}\\label{sec:exp}
        Li$_2$CO$_3$, FeC$_2$O$_4$ and NH$_4$H$_2$PO$_4$ were ball-milled~\\cite{x}
        and calcined at \\degC{350} for 5~h.
        % \\section{Dropped}
        The energy is
        \\begin{equation}
          E = mc^2 \\label{eq:e}
        \\end{equation}
        as in Eq.~\\eqref{eq:e}.
        """);
    files.put("paper/sections/results.tex", """
        \\section{Results}
        See Section~\\ref{sec:exp} and Figure~\\ref{fig:xrd}.
        \\begin{figure}\\centering\\includegraphics{xrd.png}
        \\caption{XRD of \\lfp.}\\label{fig:xrd}\\end{figure}
        \\begin{itemize}\\item First point. \\item Second point.\\end{itemize}
        """);
    files.put("paper/xrd.png", "\u0089PNG");
    files.put("paper/data/NaCl.cif", "data_NaCl\n_cell_length_a 5.64\n");
    Path bundle = tarGz(files);
    IngestedFile f = LiteratureCorpus.ingest(bundle);
    assertEquals(1, f.documents().size());
    ParsedDocument d = f.documents().get(0);
    assertEquals("Olivine LiFePO$_4$ by solid-state reaction", d.document().title());
    assertEquals(List.of("Ada Lovelace", "Carl Friedrich Gauss"), d.document().authors());
    assertEquals("We report LiFePO$_4$ made at 700 °C.", d.document().abstractText());
    String text = LiteratureCorpus.paragraphs(d);
    assertTrue(text.contains("Li$_2$CO$_3$, FeC$_2$O$_4$ and NH$_4$H$_2$PO$_4$ were ball-milled "
        + "and calcined at 350 °C for 5 h. The energy is $$E = mc^2$$ as in Eq. (1)."), text);
    assertTrue(text.contains("See Section 1 and Figure 1."), text);
    assertTrue(text.contains("Figure 1: XRD of LiFePO$_4$."), text);
    assertTrue(text.contains("First point.\nSecond point."), text);
    assertFalse(text.contains("comment") || text.contains("Dropped"), text);
    assertTrue(hasSection(d, "Experimental") && hasSection(d, "Results"));
    // A member that is not part of the paper is read as the input it is.
    assertEquals(0, f.structures().size() + f.rejections().stream()
        .filter(r -> !r.sourceUri().endsWith("NaCl.cif")).count());
    assertTrue(f.rejections().stream().anyMatch(r -> r.sourceUri().endsWith("NaCl.cif"))
        || !f.structures().isEmpty(), "the CIF was looked at");
  }

  @Test
  void anArchiveOfTexWithoutAMainFileStaysAContainer() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("notes/a.tex", "\\section{Only a fragment}\nNo preamble here.\n");
    files.put("notes/b.md", "# A note\n\nSome text worth reading.\n");
    IngestedFile f = LiteratureCorpus.ingest(tarGz(files));
    assertEquals(1, f.documents().size(), "the Markdown member is read as a document");
    assertEquals("markdown", f.documents().get(0).document().format());
    assertTrue(f.rejections().stream().anyMatch(r -> r.sourceUri().endsWith("a.tex")));
  }

  private static boolean hasSection(ParsedDocument d, String section) {
    return d.paragraphs().stream().anyMatch(p -> p.section().equals(section));
  }

  private Path tarGz(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
        new GzipCompressorOutputStream(bytes))) {
      for (Map.Entry<String, String> e : files.entrySet()) {
        byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    Path p = tmp.resolve("bundle" + files.size() + ".tar.gz");
    Files.write(p, bytes.toByteArray());
    return p;
  }
}
