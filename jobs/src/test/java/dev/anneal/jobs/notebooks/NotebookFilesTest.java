package dev.anneal.jobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed notebooks: one per kind of user, outputs stripped, each saying what it needs. */
class NotebookFilesTest {

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(ProjectPaths.root().resolve("notebooks"))) {
      return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void oneNotebookPerKindOfUser() throws IOException {
    assertEquals(List.of("data-engineer.ipynb", "researcher.ipynb", "training-team.ipynb"),
        notebooks().stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void committedNotebooksHaveNoOutputs() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path nb : notebooks()) {
      for (JsonNode cell : json.readTree(nb.toFile()).get("cells")) {
        if (cell.get("cell_type").asText().equals("code")) {
          assertEquals(0, cell.get("outputs").size(), nb + " has outputs committed");
          assertTrue(cell.get("execution_count").isNull(), nb + " has execution counts");
        }
      }
    }
  }

  @Test
  void everyNotebookStartsWithWhatItNeeds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path nb : notebooks()) {
      JsonNode first = json.readTree(nb.toFile()).get("cells").get(0);
      assertEquals("markdown", first.get("cell_type").asText(), nb.toString());
      JsonNode source = first.get("source");
      String text = source.isTextual() ? source.asText()
          : String.join("", json.convertValue(source, String[].class));
      assertTrue(text.contains("**What this needs.**") && text.contains("bin/anneal run"),
          nb + " does not start by saying what it needs");
    }
  }
}
