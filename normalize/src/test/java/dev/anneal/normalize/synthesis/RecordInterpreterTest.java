package dev.anneal.normalize.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.synthesis.SynthesisRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordInterpreterTest {

  private static SynthesisRecord record(List<String> targets, SynthesisRecord.Operation... ops) {
    return new SynthesisRecord("r1", "file:/in/r.jsonl", "line 1", "recipes", "10.1/x", "",
        "BaTiO3 was calcined <...>", targets,
        List.of(new SynthesisRecord.Precursor("barium carbonate", "BaCO3", "1", "")),
        List.of(ops));
  }

  @Test
  void conditionsAreConvertedToKelvinSecondsAndKelvinPerSecond() {
    SynthesisRow row = RecordInterpreter.interpret(record(List.of("BaTiO3"),
        new SynthesisRecord.Operation("HeatingOperation", "calcined", Map.of(
            "temperature", "900 C; 850-1000 C", "time", "12 h", "heating_rate", "5 C/min",
            "atmosphere", "air; oxygen"))));
    SynthesisRow.Operation op = row.operations().get(0);
    assertEquals("calcining", op.type());
    assertEquals(List.of(1173.15, 1123.15, 1273.15), op.temperaturesK());
    assertEquals(List.of(43200.0), op.durationsS());
    assertEquals(5.0 / 60, op.heatingRateKPerS(), 1e-12);
    assertEquals("air; O2", op.atmosphere());
    assertEquals("BaTiO3", row.targets().get(0).reducedFormula());
    assertEquals("BaCO3", row.precursors().get(0).reducedFormula());
    assertEquals(1.0, row.score());
    assertEquals("10.1/x", row.docId());
    assertEquals(List.of(), row.flags());
  }

  @Test
  void whatCannotBeReadIsFlaggedNeverGuessed() {
    SynthesisRow row = RecordInterpreter.interpret(record(List.of("(Mg1-xFex)O"),
        new SynthesisRecord.Operation("HeatingOperation", "heated", Map.of(
            "temperature", "900; 800 C", "time", "overnight"))));
    SynthesisRow.Operation op = row.operations().get(0);
    assertEquals(List.of(1073.15), op.temperaturesK(), "the value without a unit is dropped");
    assertEquals(List.of(), op.durationsS());
    assertEquals(List.of("temperature_unparsed", "duration_unparsed"), row.flags());
    assertNull(row.targets().get(0).reducedFormula());
    assertTrue(row.targets().get(0).flags().get(0).startsWith("formula."));
  }

  @Test
  void aNotebookSynthesisWithoutStepsHasThemReadFromItsText() {
    SynthesisRecord eln = new SynthesisRecord("r2", "file:/in/x.eln!/ro-crate-metadata.json",
        "entry 1", "eln", "", "demo:1", "The powders were ground, pressed and heated to 850°C "
        + "for 12 hours under flowing O2.", List.of("Na0.7CoO2"), List.of(), List.of());
    SynthesisRow row = RecordInterpreter.interpret(eln);
    assertTrue(row.flags().contains("operations_from_text"));
    SynthesisRow.Operation heated = row.operations().stream()
        .filter(o -> o.type().equals("heating")).findFirst().orElseThrow();
    assertEquals(List.of(1123.15), heated.temperaturesK());
    assertEquals(List.of(43200.0), heated.durationsS());
    assertEquals("O2", heated.atmosphere());
    assertNull(row.docId());
  }
}
