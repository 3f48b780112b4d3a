package dev.anneal.normalize.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluation command ({@code scripts/eval-extraction.sh}): scores synthesis detection and
 * extraction on the gold set, prints the table (also written to
 * {@code normalize/target/eval-extraction.md}) and the errors, and holds the figures to the
 * floors measured when this was committed, so a regression fails. Skips when the shared corpus
 * is absent.
 */
class ExtractionGoldTest {

  @Test
  void goldSetScores() throws IOException {
    GoldSources sources = GoldSources.shared();
    assumeTrue(sources.present(), "shared corpus absent: " + ProjectPaths.sharedCorpus()
        + " (skipping the gold-set evaluation)");
    GoldSet.Loaded gold = GoldSet.load(GoldSet.file(), sources);
    gold.missing().forEach(m -> System.out.println("[gold] skipped " + m));
    java.util.Set<String> known = new java.util.HashSet<>(knownStructures());
    // The held-out setting of the issue: structures exist for the phases the paragraphs make
    // (every fixed-stoichiometry gold target), besides the shared and example CIFs.
    for (GoldSet.Entry e : gold.entries()) {
      for (String t : e.targets()) {
        String k = ExtractionEvaluation.fixedKey(t);
        if (k != null) {
          known.add(k);
        }
      }
    }
    ExtractionEvaluation eval = new ExtractionEvaluation(known);
    gold.entries().forEach(eval::add);
    long synthesis = gold.entries().stream().filter(GoldSet.Entry::synthesis).count();
    String table = eval.table(gold.entries().size(), (int) synthesis);
    System.out.println("[gold]\n" + table);
    eval.errors.forEach(e -> System.out.println("[gold]   " + e));
    Path out = ProjectPaths.root().resolve("normalize/target/eval-extraction.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table + "\n## errors\n\n" + String.join("\n", eval.errors) + "\n",
        StandardCharsets.UTF_8);
    assertTrue(gold.entries().size() >= 200, "at least 200 gold paragraphs resolved: "
        + gold.entries().size() + " " + gold.missing());
    assertTrue(gold.missing().isEmpty(), "gold references that no longer resolve: "
        + gold.missing());
    Floors.check(eval);
  }

  /** Formulas of the structures a synthesis may link to: the shared 3DSC CIFs and the examples. */
  static java.util.Set<String> knownStructures() throws IOException {
    List<String> formulas = new ArrayList<>();
    for (Path dir : List.of(ProjectPaths.sharedCorpus().resolve("crystal/3dsc"),
        ProjectPaths.exampleCorpus().resolve("structures"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cif"))
            .map(n -> n.replaceAll("(-MP-.*|_.*|\\.cif)$", "")).forEach(formulas::add);
      }
    }
    return ExtractionEvaluation.knownFormulas(formulas);
  }
}
