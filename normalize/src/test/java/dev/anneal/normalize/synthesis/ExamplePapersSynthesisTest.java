package dev.anneal.normalize.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.CifParser;
import dev.anneal.ingest.literature.MarkdownParser;
import dev.anneal.ingest.literature.Paragraph;
import dev.anneal.ingest.literature.ParsedDocument;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Markdown papers of {@code examples/corpus}: their synthesis paragraphs become
 * {@code raw/synthesis} rows whose targets are materials the example CIFs hold.
 */
class ExamplePapersSynthesisTest {

  /** Reduced formulas of the example CIFs, read by the project's CIF parser. */
  private static Set<String> cifFormulas() throws IOException {
    Set<String> out = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(ProjectPaths.exampleCorpus().resolve("structures"))) {
      files = s.filter(p -> p.toString().endsWith(".cif")).sorted().toList();
    }
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        new CifParser().parse(new SourceFile(file.toUri().toString(), Files.size(file)), in)
            .records().forEach(st -> out.add(st.composition().reducedFormula()));
      }
    }
    return out;
  }

  private static List<SynthesisRow> synthesisRows() throws IOException {
    List<SynthesisRow> out = new ArrayList<>();
    Path papers = ProjectPaths.exampleCorpus().resolve("papers");
    List<Path> files;
    try (Stream<Path> s = Files.list(papers)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      ParsedDocument doc;
      try (InputStream in = Files.newInputStream(file)) {
        doc = new MarkdownParser("markdown").parse(new SourceFile(file.toUri().toString(),
            Files.size(file)), in).records().get(0);
      }
      for (Paragraph p : doc.paragraphs()) {
        ParagraphSynthesis.interpret(file.toString(), p.docId(), p.paraId(), p.section(),
            p.text(), doc.document().title()).ifPresent(out::add);
      }
    }
    return out;
  }

  @Test
  void atLeastTwoSynthesisRowsHaveTargetsThatTheExampleCifsHold() throws IOException {
    List<SynthesisRow> rows = synthesisRows();
    Set<String> cifs = cifFormulas();
    assertTrue(cifs.contains("Ba2YCu3O7"), "" + cifs);
    Set<String> matched = new TreeSet<>();
    for (SynthesisRow r : rows) {
      r.targets().stream().map(SynthesisRow.Target::reducedFormula)
          .filter(cifs::contains).forEach(matched::add);
    }
    System.out.println("example papers: " + rows.size() + " synthesis rows, targets held by CIFs: "
        + matched);
    rows.forEach(r -> System.out.printf("  %.2f %s %s %s%n", r.score(), r.method(), r.targets(),
        r.text().substring(0, Math.min(60, r.text().length()))));
    assertTrue(matched.size() >= 2, "" + matched);
  }

  @Test
  void theYbcoExperimentalParagraphIsReadInKelvinAndSeconds() throws IOException {
    SynthesisRow ybco = synthesisRows().stream()
        .filter(r -> r.targets().stream().anyMatch(t -> "Ba2YCu3O7".equals(t.reducedFormula())))
        .findFirst().orElseThrow();
    assertEquals("solid_state", ybco.method());
    Set<Double> temperatures = new TreeSet<>();
    Set<Double> durations = new TreeSet<>();
    ybco.operations().forEach(o -> {
      temperatures.addAll(o.temperaturesK());
      durations.addAll(o.durationsS());
    });
    // 120, 900, 930, 950 and 450 °C; 30 min, 12 h and 24 h.
    assertEquals(new TreeSet<>(List.of(393.15, 1173.15, 1203.15, 1223.15, 723.15)), temperatures);
    assertEquals(new TreeSet<>(List.of(1800.0, 43200.0, 86400.0)), durations);
    assertTrue(ybco.operations().stream().anyMatch(o -> o.heatingRateKPerS() != null
        && Math.abs(o.heatingRateKPerS() - 1.0 / 60) < 1e-12), "cooled at 1 °C/min");
    assertTrue(ybco.precursors().stream().anyMatch(p -> "BaCO3".equals(p.reducedFormula())));
  }
}
