package dev.anneal.tokenize.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordTextsTest {

  @Test
  void labelsCarryUncertaintyCountsAndTheMeasurementsUsed() {
    LabelView l = new LabelView("lab1", "mat1", "Ba2YCu3O7", "tc", "pressure=ambient", 91.2,
        0.8, "K", 5, 4, "median_mad", List.of(), List.of("m1", "m2", "m3", "m4"), List.of("m5"));
    String text = LabelText.render("default", l);
    assertTrue(text.startsWith("superconducting transition temperature Tc of Ba2YCu3O7 "
        + "(pressure=ambient): 91.2 ± 0.8 K"), text);
    assertTrue(text.contains("from 4 of 5 measurements (median_mad); rejected as outliers: 1"), text);
    assertTrue(text.contains("provenance: measurements m1, m2, m3, m4"), text);
    assertFalse(text.contains("flags:"), "empty lines are left out: " + text);
  }

  @Test
  void measurementsSayWhereTheyCameFromWithoutTheMachinesPath() {
    MeasurementView m = new MeasurementView("m1", "YBCO", "Ba2YCu3O7", "tc", null, 88, 92, "K",
        Map.of("pressure", "2 GPa"), "S-7", "file:/data/lab/tc_measurements.csv", "line 4", "csv",
        List.of("alias"));
    String text = MeasurementText.render("default", m);
    assertTrue(text.startsWith("Measured superconducting transition temperature Tc of YBCO "
        + "(Ba2YCu3O7): 88–92 K"), text);
    assertTrue(text.contains("source: csv tc_measurements.csv line 4"), text);
    assertFalse(text.contains("/data/lab"), text);
  }

  @Test
  void synthesisKeepsTheOriginalTextAndNumbersTheStructuredSteps() {
    String step = SynthesisText.step("heat", List.of(1173.15), List.of(43200.0), 5.0 / 60, "air",
        "calcined at 900 °C for 12 h");
    assertEquals("heat: 1173.15 K; 12 h; 5 K/min; in air — calcined at 900 °C for 12 h", step);
    SynthesisView s = new SynthesisView("s1", "literature", "solid_state",
        "Powders were mixed and calcined at 900 °C for 12 h.", List.of("Ba2YCu3O7"),
        List.of("yttrium oxide (Y2O3) 0.5 g"), List.of("mix", step), "file:/p/ybco.md", "para p1");
    String text = SynthesisText.render("default", s);
    assertTrue(text.startsWith("Synthesis of Ba2YCu3O7 (solid state)\nPowders were mixed"), text);
    assertTrue(text.contains("steps:\n1. mix\n2. heat: 1173.15 K"), text);
    assertTrue(text.contains("precursors: yttrium oxide (Y2O3) 0.5 g"), text);
  }

  @Test
  void calculationSummariesGiveEnergiesConvergenceAndSettings() {
    CalculationView c = new CalculationView("c1", "vasp", "6.3.2", "Si", 2, -10.84, -5.42, true,
        Map.of("functional", "PBE", "incar.ENCUT", "520"), 7, 0.0123, Map.of());
    String text = CalculationText.render("default", c);
    assertTrue(text.startsWith("VASP 6.3.2 calculation of Si (2 atoms, PBE)\n"
        + "total energy -10.8400 eV, -5.4200 eV/atom\nconverged"), text);
    assertTrue(text.contains("settings: ENCUT=520"), text);
    assertFalse(text.contains("thermo"), text);
  }

  @Test
  void dossiersPutEverySectionInEitherOrderAndOnlyOneStructure() {
    List<DossierPart> parts = List.of(
        new DossierPart(DossierText.SYNTHESIS, "s1", "Synthesis of MgB2"),
        new DossierPart(DossierText.STRUCTURE, "st2", "STRUCTURE TWO"),
        new DossierPart(DossierText.STRUCTURE, "st1", "STRUCTURE ONE"),
        new DossierPart(DossierText.MEASURED, "l1", "Tc 39 K"));
    assertTrue(DossierText.worthWriting(parts));
    assertFalse(DossierText.worthWriting(parts.subList(1, 3)), "structures alone");
    String forward = DossierText.render("default", DossierText.STRUCTURE_FIRST, "MgB2",
        " (space group No. 191)", parts, 8);
    String backward = DossierText.render("default", DossierText.SYNTHESIS_FIRST, "MgB2",
        " (space group No. 191)", parts, 8);
    assertTrue(forward.startsWith("Material dossier: MgB2 (space group No. 191)\n## Structure\n"
        + "STRUCTURE ONE\n\n## Measured properties"), forward);
    assertFalse(forward.contains("STRUCTURE TWO"));
    assertTrue(forward.indexOf("## Structure") < forward.indexOf("## Synthesis"));
    assertTrue(backward.indexOf("## Synthesis") < backward.indexOf("## Structure"), backward);
    assertEquals(List.of("st1", "l1", "s1"), DossierText.sourceIds(parts, 8));
  }
}
