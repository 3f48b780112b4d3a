package dev.anneal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchResultsTest {

  @Test
  void resultsRoundTripThroughJson(@TempDir Path dir) throws IOException {
    Fixture.writeAll(dir);
    try (Searcher searcher = new Searcher(dir)) {
      for (String q : List.of("anatase", "elements:Cu,O", "calcined year:2012")) {
        SearchResults results = searcher.search(q, 10);
        assertTrue(results.totalHits() > 0, q);
        assertEquals(results, SearchResults.fromJson(results.toJson()), q);
      }
      JsonNode json = new ObjectMapper().readTree(searcher.search("formula:LiFePO4", 5).toJson());
      assertEquals(1, json.get("totalHits").asInt());
      JsonNode hit = json.get("hits").get(0);
      assertEquals("material", hit.get("kind").asText());
      assertEquals("mp-lfp", hit.get("id").asText());
      assertEquals("LiFePO4", hit.get("fields").get("formula").asText());
      assertEquals(62, hit.get("fields").get("sg").get(0).asInt());
      assertTrue(hit.get("fields").get("elements").isArray());
    }
  }

  @Test
  void textRenderingHasOneBlockPerHit() {
    SearchResults results = new SearchResults(3, List.of(
        new Hit("material", "mp-lfp", 2.5f, "LiFePO4 (olivine)", "«Olivine» lithium\n iron phosphate",
            Map.of("formula", "LiFePO4", "sg", List.of(62), "synthIds", List.of())),
        new Hit("paragraph", "p-1", 1.25f, "A paper", "", Map.of("docId", "d-1"))));
    String text = results.toText();
    assertTrue(text.startsWith("3 hits, showing the first 2\n"), text);
    String[] blocks = text.split("\n\n");
    assertEquals(3, blocks.length, text);
    assertTrue(blocks[1].startsWith("[material] mp-lfp — LiFePO4 (olivine)  (score 2.50)"), text);
    assertTrue(blocks[1].contains("sg: 62"), text);
    assertTrue(!blocks[1].contains("synthIds"), text);
    assertTrue(blocks[1].contains("  «Olivine» lithium iron phosphate"), text);
    assertTrue(blocks[2].startsWith("[paragraph] p-1 — A paper"), text);
    assertTrue(blocks[2].contains("docId: d-1"), text);
  }
}
