package dev.anneal.normalize.literature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.Rejection;
import dev.anneal.normalize.measurement.MeasurementRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedValueExtractorTest {

  private static ReportedValueExtractor.Result read(String text) {
    return ReportedValueExtractor.extract("file:/p.md", "p1", text);
  }

  private static MeasurementRow only(String text) {
    ReportedValueExtractor.Result r = read(text);
    assertEquals(List.of(), r.rejections());
    assertEquals(1, r.measurements().size(), "" + r.measurements());
    return r.measurements().get(0);
  }

  @Test
  void criticalTemperaturesWithTheMaterialOfTheirSentence() {
    MeasurementRow m = only("Bulk YBa2Cu3O7 shows Tc = 92 K after the anneal.");
    assertEquals("tc", m.property());
    assertEquals(92.0, m.value());
    assertEquals("K", m.unit());
    assertEquals("Ba2YCu3O7", m.reducedFormula());
    assertEquals("literature", m.sourceKind());
    assertEquals("para p1", m.location());
    assertEquals(39.0, only("MgB2 has a T_c of 39 K.").value());
    assertEquals(0.6, only("The critical temperature of Sr2RuO4 is 600 mK.").value(), 1e-12);
    assertEquals("MgB2", only("The Tc of MgB2 is 39 K.").reducedFormula());
    assertEquals(92.0, only("YBa$_2$Cu$_3$O$_7$ or YBa2Cu3O7 has $T_c$ = 92~K.").value());
    assertEquals(39.0, only("For MgB2 we find $T_c = 39$ K.").value());
  }

  @Test
  void formationEnergiesPerAtomAndPerMoleWithTheComposition() {
    MeasurementRow ev = only("We obtain ΔHf = −1.23 eV/atom for LiFePO4.");
    assertEquals("formation_enthalpy", ev.property());
    assertEquals(-1.23, ev.value(), 1e-12);
    assertEquals("eV/atom", ev.unit());
    // −150 kJ/mol of Al2O3 (5 atoms per formula unit) = −150 / 96.485332 / 5 eV/atom.
    MeasurementRow kj = only("Al2O3 has a formation enthalpy of −150 kJ/mol in this estimate.");
    assertEquals(-150 / 96.485332 / 5, kj.value(), 1e-9);
    assertEquals("formation_energy", only("The formation energy of NaCl is −2.1 eV/atom.")
        .property());
  }

  @Test
  void theParagraphsOnlyFormulaWhenTheSentenceNamesNone() {
    MeasurementRow m = only("Pellets of MgB2 were measured. The onset is at Tc = 38.5 K.");
    assertEquals("MgB2", m.reducedFormula());
    assertTrue(m.flags().contains("material_from_paragraph"));
  }

  @Test
  void noMaterialAndImplausibleValuesAreRejectedWithReasons() {
    ReportedValueExtractor.Result r = read("Y2O3 and BaCO3 were used. The onset is at Tc = 92 K.");
    assertEquals(List.of(), r.measurements());
    assertEquals(List.of(ReportedValueExtractor.NO_MATERIAL),
        r.rejections().stream().map(Rejection::reason).toList());
    ReportedValueExtractor.Result hot = read("For NbN we find Tc = 900 K.");
    assertEquals(List.of(ReportedValueExtractor.IMPLAUSIBLE),
        hot.rejections().stream().map(Rejection::reason).toList());
  }

  @Test
  void rangesKeepBothEnds() {
    MeasurementRow m = only("MgB2 has Tc = 38.4–39.0 K.");
    assertNull(m.value());
    assertEquals(38.4, m.valueLow());
    assertEquals(39.0, m.valueHigh());
    assertTrue(m.flags().contains("range"));
  }
}
