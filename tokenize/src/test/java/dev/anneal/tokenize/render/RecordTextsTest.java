package dev.anneal.tokenize.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordTextsTest {

  @Test
  void labelsAreRoundedToTheirUncertaintyAndSayInWordsHowTheyWereFormed() {
    LabelView l = new LabelView("lab1", "mat1", "Ba2YCu3O7", "tc", "pressure=ambient", 91.94,
        0.27, "K", 6, 4, "median_mad", List.of("outliers_rejected", "unit_slip_corrected"),
        List.of("3c3e4ba776f8086148dca9a7", "m2", "m3", "m4"), List.of("m5", "m6"),
        List.of("celsius_as_kelvin", "duplicate", "outlier"),
        List.of("lab log tc_measurements.csv"));
    String text = LabelText.render("default", l);
    assertEquals("superconducting transition temperature Tc of Ba2YCu3O7 at ambient pressure: "
        + "91.9 ± 0.3 K\nMedian of 4 agreeing measurements out of 6, from lab log "
        + "tc_measurements.csv; 1 value recorded in °C under a kelvin heading was converted; "
        + "1 duplicate entry was counted once; 1 outlier was left out.", text);
    for (String internal : List.of("3c3e4ba776f8086148dca9a7", "outliers_rejected",
        "unit_slip_corrected", "median_mad", "pressure=")) {
      assertFalse(text.contains(internal), internal + " in " + text);
    }
  }

  @Test
  void manySourcesAreNamedUpToThreeAndCounted() {
    LabelView l = new LabelView("lab1", "mat1", "MgB2", "tc", "", 39.04, 0.149, "K", 5, 5, "crh",
        List.of("source_weighted", "disagreement"), List.of("a", "b", "c", "d", "e"), List.of(),
        List.of(), List.of("“MgB2 by reaction sintering” (2021)", "lab log a.csv", "lab log b.csv",
            "lab log c.csv"));
    String text = LabelText.render("default", l);
    assertTrue(text.startsWith("superconducting transition temperature Tc of MgB2: 39.04 ± 0.15 K\n"
        + "Weighted mean of 5 measurements, each source weighted"), text);
    assertTrue(text.contains("from “MgB2 by reaction sintering” (2021); lab log a.csv; lab log "
        + "b.csv and 1 more source; the values used still disagree"), text);
  }

  @Test
  void aLabelWithoutValueSaysSo() {
    LabelView l = new LabelView("lab1", "mat1", null, "band_gap", "pressure=12 GPa", Double.NaN,
        Double.NaN, "eV", 2, 0, "none", List.of("no_usable_value"), List.of(), List.of("a", "b"),
        List.of("implausible", "implausible"), List.of());
    assertEquals("band gap of the material at 12 GPa: unknown\nNo usable value among 2 "
        + "measurements; 2 physically impossible values were left out.",
        LabelText.render("default", l));
  }

  @Test
  void measurementsSayWhereTheyCameFromWithoutTheMachinesPath() {
    MeasurementView m = new MeasurementView("m1", "YBCO", "Ba2YCu3O7", "tc", null, 88, 92, "K",
        Map.of("pressure", "2 GPa"), "S-7", "file:/data/lab/tc_measurements.csv", "line 4", "csv",
        List.of("alias"));
    String text = MeasurementText.render("default", m);
    assertTrue(text.startsWith("Measured superconducting transition temperature Tc of YBCO "
        + "(Ba2YCu3O7): 88–92 K"), text);
    assertTrue(text.contains("recorded in lab log tc_measurements.csv, line 4"), text);
    assertFalse(text.contains("/data/lab"), text);
  }

  @Test
  void synthesisKeepsTheOriginalTextAndNumbersTheStructuredSteps() {
    String step = SynthesisText.step("heat", List.of(1173.15), List.of(43200.0), 5.0 / 60, "air",
        "calcined at 900 °C for 12 h");
    assertEquals("heat: 1173.15 K; 12 h; 5 K/min; in air — calcined at 900 °C for 12 h", step);
    SynthesisView s = new SynthesisView("s1", "literature", "solid_state",
        "Powders were mixed and calcined at 900 °C for 12 h.", List.of("Ba2YCu3O7"),
        List.of("yttrium oxide (Y2O3) 0.5 g"), List.of("mix", step), "file:/p/ybco.md", "",
        Provenance.paper("YBCO by the solid-state route", 2023));
    String text = SynthesisText.render("default", s);
    assertTrue(text.startsWith("Synthesis of Ba2YCu3O7 (solid state)\nPowders were mixed"), text);
    assertTrue(text.contains("steps:\n1. mix\n2. heat: 1173.15 K"), text);
    assertTrue(text.contains("precursors: yttrium oxide (Y2O3) 0.5 g"), text);
    assertTrue(text.endsWith("source: the paper “YBCO by the solid-state route” (2023)"), text);
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
    assertTrue(forward.startsWith("Material dossier: MgB2 (space group No. 191)\n"
        + "Evidence: a crystal structure, a measured property and a synthesis description.\n\n"
        + "## Structure\nSTRUCTURE ONE\n\n## Measured properties"), forward);
    assertFalse(forward.contains("STRUCTURE TWO"));
    assertTrue(forward.indexOf("## Structure") < forward.indexOf("## Synthesis"));
    assertTrue(backward.indexOf("## Synthesis") < backward.indexOf("## Structure"), backward);
    assertEquals(List.of("st1", "l1", "s1"), DossierText.sourceIds(parts, 8));
  }

  @Test
  void anyTwoKindsOfEvidenceMakeADossierWithoutAStructure() {
    List<DossierPart> parts = List.of(
        new DossierPart(DossierText.MEASURED, "l1", "Tc 9.25 K"),
        new DossierPart(DossierText.PAPERS, "d1", "Discussed in the paper “Nb” (2020)."),
        new DossierPart(DossierText.PAPERS, "d2", "Discussed in the paper “Nb again” (2021)."));
    assertTrue(DossierText.worthWriting(parts));
    assertFalse(DossierText.worthWriting(parts.subList(1, 3)), "papers alone");
    String text = DossierText.render("default", DossierText.STRUCTURE_FIRST, "Nb", "", parts, 8);
    assertEquals("Material dossier: Nb\nEvidence: a measured property and 2 papers.\n\n"
        + "## Measured properties\nTc 9.25 K\n\n## Papers\n"
        + "Discussed in the paper “Nb” (2020).\nDiscussed in the paper “Nb again” (2021).", text);
  }
}
