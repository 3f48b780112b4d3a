package dev.anneal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import dev.anneal.normalize.link.MotifFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The example run's {@code curated/materials} are the materials a chemist lists for
 * {@code examples/corpus} ({@code gold/example_materials.txt}): the same compounds with the same
 * polymorphs, no motif, polyanion or formula fragment, no compound twice under two spellings,
 * and no reduced formula with an explicit 1.
 */
class ExampleMaterialsTest {

  @Test
  void curatedMaterialsAreTheChemistsList() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (String line : Files.readAllLines(ProjectPaths.root().resolve(
        "gold/example_materials.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      FormulaResult r = FormulaParser.parse(f[0]);
      assertTrue(r.isParsed(), "chemist's formula reads: " + f[0]);
      expected.add(((FormulaResult.Parsed) r).composition().reducedFormula() + " #" + f[1]);
    }
    Set<String> actual = new TreeSet<>();
    Map<String, Integer> spellings = new HashMap<>();
    for (Row r : LocalSpark.get().read().parquet(ExampleRun.out()
            .resolve("curated/materials").toString())
        .select("reduced_formula", "spacegroup_number").collectAsList()) {
      String formula = r.getString(0);
      actual.add(formula + " #" + (r.isNullAt(1) ? "-" : r.get(1).toString()));
      assertFalse(MotifFilter.isMotifFormula(formula), "a motif is a material: " + formula);
      assertFalse(formula.matches(".*[A-Za-z]1(?![0-9.]).*"), "explicit 1: " + formula);
      spellings.merge(formula + "#" + (r.isNullAt(1) ? "-" : r.get(1)), 1, Integer::sum);
    }
    spellings.forEach((k, n) -> assertEquals(1, n, "one row per compound and polymorph: " + k));
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    System.out.println("[materials] run " + actual.size() + ", chemist " + expected.size()
        + "; missing " + missing + "; extra " + extra);
    assertEquals(expected, actual, "missing " + missing + "; extra " + extra);
  }
}
