package dev.anneal.jobs.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A staged layout sends a stage's outputs to staging and everything else to OUT. */
class OutputLayoutTest {

  private final OutputLayout staged = new OutputLayout("/out/").staged("/out/_stages/staging/n",
      List.of("curated/materials", "raw/quarantine/stage=n", "shards"));

  @Test
  void outputsAndWhatLiesUnderThemGoToStaging() {
    assertEquals("/out/_stages/staging/n/curated/materials", staged.curated("materials"));
    assertEquals("/out/_stages/staging/n/shards/manifest.json", staged.path("shards/manifest.json"));
    assertEquals("/out/_stages/staging/n/raw/quarantine", staged.raw("quarantine"),
        "the quarantine's parent: the stage sees its own partition");
  }

  @Test
  void inputsStayInOut() {
    assertEquals("/out/raw/structures", staged.raw("structures"));
    assertEquals("/out/curated/materials_old", staged.curated("materials_old"),
        "a sibling with a common prefix is not an output");
    assertEquals("/out/raw/structures", new OutputLayout("/out").raw("structures"));
  }

  @Test
  void everyPathAskedForIsRecorded() {
    staged.raw("structures");
    staged.shards();
    assertEquals(Set.of("raw/structures", "shards"), staged.accessed());
  }

  @Test
  void failureMessagesNameTheCommittedPath() {
    assertEquals("see /out/reports/quality.json",
        staged.unstaged("see /out/_stages/staging/n/reports/quality.json"));
  }

  @Test
  void coverageIsByPathSegment() {
    assertTrue(OutputLayout.coveredBy("raw/quarantine", List.of("raw/quarantine/stage=x")));
    assertTrue(OutputLayout.coveredBy("shards/train", List.of("shards")));
    assertFalse(OutputLayout.coveredBy("shards2", List.of("shards")));
    assertFalse(OutputLayout.coveredBy("raw/quarantine", List.of("raw/documents")));
  }
}
