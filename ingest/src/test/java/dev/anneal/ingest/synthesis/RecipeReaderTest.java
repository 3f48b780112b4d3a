package dev.anneal.ingest.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecipeReaderTest {

  /** One recipe in the text-mined dataset's shape: a range given only by its ends, two values. */
  private static final String RECIPE = "{\"doi\": \"10.1/abc\", \"targets_string\": [\"BaTiO3\"],"
      + " \"reaction\": {\"left_side\": [{\"material\": \"BaCO3\", \"amount\": \"1\"},"
      + " {\"material\": \"TiO2\", \"amount\": \"1\"}]},"
      + " \"target\": {\"material_string\": \"BaTiO3\"},"
      + " \"precursors\": [{\"material_string\": \"BaCO3\", \"material_formula\": \"BaCO3\"},"
      + " {\"material_string\": \"titania\", \"material_formula\": \"TiO2\"}],"
      + " \"operations\": [{\"token\": \"calcined\", \"type\": \"HeatingOperation\", \"conditions\":"
      + " {\"heating_temperature\": [{\"max_value\": 1000.0, \"min_value\": 850.0, \"values\": [],"
      + " \"units\": \"C\"}], \"heating_time\": [{\"max_value\": 12.0, \"min_value\": 2.0,"
      + " \"values\": [2.0, 12.0], \"units\": \"h\"}], \"heating_atmosphere\": [\"air\", \"O2\"],"
      + " \"mixing_media\": [], \"mixing_device\": []}},"
      + " {\"token\": \"ground\", \"type\": \"Mixing\", \"conditions\": null}],"
      + " \"paragraph_string\": \"BaTiO3 was made <...> in air.\"}";

  private static ParseResult<SynthesisRecord> read(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new RecipeReader().parse(new SourceFile("file:/in/recipes.jsonl", bytes.length),
        new ByteArrayInputStream(bytes));
  }

  @Test
  void aRecipeKeepsItsConditionsAsWrittenWithUnits() throws IOException {
    ParseResult<SynthesisRecord> r = read(RECIPE + "\n");
    assertEquals(List.of(), r.rejections());
    SynthesisRecord s = r.records().get(0);
    assertEquals("recipes", s.sourceKind());
    assertEquals("10.1/abc", s.docId());
    assertEquals("line 1", s.location());
    assertEquals(List.of("BaTiO3"), s.targets());
    assertEquals(new SynthesisRecord.Precursor("titania", "TiO2", "1", ""), s.precursors().get(1));
    SynthesisRecord.Operation calcined = s.operations().get(0);
    assertEquals("calcined", calcined.text());
    assertEquals("HeatingOperation", calcined.type());
    assertEquals(Map.of("temperature", "850-1000 C", "time", "2 h; 12 h",
        "atmosphere", "air; O2"), calcined.conditions());
    assertEquals(Map.of(), s.operations().get(1).conditions());
  }

  @Test
  void badLinesAreQuarantinedWithTheirLineAndTheRestIsRead() throws IOException {
    ParseResult<SynthesisRecord> r = read(RECIPE + "\n\n{not json\n[1, 2]\n{\"doi\": \"x\"}\n"
        + RECIPE.replace("10.1/abc", "10.1/def") + "\n");
    assertEquals(2, r.records().size());
    assertEquals("line 6", r.records().get(1).location());
    assertEquals(List.of("recipes.bad_json", "recipes.not_an_object", "recipes.not_a_recipe"),
        r.rejections().stream().map(Rejection::reason).toList());
    assertEquals(List.of("line 3", "line 4", "line 5"),
        r.rejections().stream().map(Rejection::location).toList());
  }

  @Test
  void theTwoThousandTextMinedRecipesAreAllRead() throws IOException {
    Path file = ProjectPaths.sharedCorpus().resolve("synthesis/solid-state-sample-2000.jsonl");
    assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent (real-file corpus)");
    ParseResult<SynthesisRecord> r;
    try (InputStream in = Files.newInputStream(file)) {
      r = new RecipeReader().parse(new SourceFile(file.toUri().toString(), Files.size(file)), in);
    }
    assertEquals(2000, r.records().size());
    assertEquals(List.of(), r.rejections());
    SynthesisRecord first = r.records().get(0);
    assertEquals("10.1016/j.materresbull.2007.09.012", first.docId());
    assertEquals(List.of("La0.9Sr0.1Ga0.85Mg0.15O3-\u03b4"), first.targets());
    assertEquals("1500 C", first.operations().stream().filter(o -> o.text().equals("sintered"))
        .findFirst().orElseThrow().conditions().get("temperature"));
    assertTrue(r.records().stream().allMatch(x -> !x.targets().isEmpty()));
  }
}
