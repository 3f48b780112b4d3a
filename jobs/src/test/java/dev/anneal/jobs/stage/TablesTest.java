package dev.anneal.jobs.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A missing input table's hint names the stage that writes it, found from the stages' outputs. */
class TablesTest {

  @Test
  void theHintNamesTheStageThatWritesTheTable() {
    assertEquals("table /out/curated/materials is missing: run 'anneal link' (or 'anneal run') first",
        Tables.missing("/out/curated/materials", "curated/materials"));
    assertEquals("table /out/raw/documents is missing: run 'anneal ingest' (or 'anneal run') first",
        Tables.missing("/out/raw/documents", "raw/documents"));
    assertEquals("table /out/curated/samples is missing: run 'anneal render' (or 'anneal run') first",
        Tables.missing("/out/curated/samples", "curated/samples"));
  }

  @Test
  void aTableNoStageWritesSendsTheUserToAFullRun() {
    assertEquals(Optional.empty(), Pipeline.writerOf("curated/nothing"));
    assertEquals("table /out/curated/nothing is missing: run 'anneal run' first",
        Tables.missing("/out/curated/nothing", "curated/nothing"));
  }

  @Test
  void everyDeclaredOutputIsAttributedToItsOwnStage() {
    int outputs = 0;
    for (Stage stage : Pipeline.allStages()) {
      for (String o : stage.outputs()) {
        assertEquals(Optional.of(stage.name()), Pipeline.writerOf(o), o);
        outputs++;
      }
    }
    assertTrue(outputs > 10, "the stages declare their outputs: " + outputs);
  }
}
