package dev.anneal.normalize.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What accepted measurements look like: conversions, ranges, flags, conditions, neighbours. */
class MeasurementNormalizerTest {

  @Test
  void formationEnthalpyPerMoleBecomesEvPerAtomWithTheComposition() {
    var r = LabLogFixtures.normalize("formula,dHf (kJ/mol)\nNaCl,-411.2\n");
    MeasurementRow m = r.measurements().get(0);
    assertEquals("eV/atom", m.unit());
    // -411.2 kJ/mol / 96.485 kJ/mol/eV / 2 atoms = -2.131 eV/atom.
    assertEquals(-2.1309, m.value(), 1e-3);
  }

  @Test
  void rangesKeepBothEndsAndNoSingleValue() {
    var m = LabLogFixtures.normalize("material,Tc\nLa2CuO4.11,42-43 K\n").measurements().get(0);
    assertNull(m.value());
    assertEquals(42.0, m.valueLow());
    assertEquals(43.0, m.valueHigh());
    assertTrue(m.flags().contains("range"));
  }

  @Test
  void qualifiersAreFlaggedNotHidden() {
    var r = LabLogFixtures.normalize("material,Tc\nUBe 13,~ 0.9 K\nZrB 12,6.09(2) K\nNdO 1Àx F x FeAs,50À51 K\n");
    assertEquals(List.of("approximate", "spacing_joined"), r.measurements().get(0).flags());
    assertEquals("UBe13", r.measurements().get(0).reducedFormula());
    assertEquals(List.of("spacing_joined", "uncertainty_dropped"), r.measurements().get(1).flags());
    assertEquals("measurement.unresolved_material", r.rejections().get(0).reason());
  }

  @Test
  void pressureBecomesAConditionInGpa() {
    var r = LabLogFixtures.normalize("material,Tc,pressure\nH3S,203 K,155 GPa\nMgB2,39 K,ambient pressure\n"
        + "Nb,9.2 K,50 kbar\nSnO,1.4 K,under 9.3 GPa\n");
    assertEquals(Map.of("pressure", "155 GPa"), r.measurements().get(0).conditions());
    assertEquals(Map.of("pressure", "ambient"), r.measurements().get(1).conditions());
    assertEquals(Map.of("pressure", "5 GPa"), r.measurements().get(2).conditions());
    assertEquals(Map.of("pressure", "9.3 GPa"), r.measurements().get(3).conditions());
  }

  @Test
  void variableAssignmentsResolveOnlyAgainstOneEarlierCompoundOfTheSameDocument() {
    var r = LabLogFixtures.normalize("material,Tc,filename\n"
        + "La 2−x Sr x CuO 4,38 K,a.xml\n"   // template: x open, rejected itself
        + "x = 0.15,38 K,a.xml\n"             // resolves to La1.85Sr0.15CuO4
        + "0.20,30 K,a.xml\n"                 // continues x
        + "x = 0.1,20 K,b.xml\n"              // another document: nothing named there
        + "BaFe2-xCoxAs2,22 K,c.xml\nBa1-xKxFe2As2,38 K,c.xml\nx = 0.1,25 K,c.xml\n");
    List<MeasurementRow> ok = r.measurements();
    assertEquals(2, ok.size(), ok::toString);
    assertEquals("Sr0.15La1.85CuO4", ok.get(0).reducedFormula());
    assertEquals("Sr0.2La1.8CuO4", ok.get(1).reducedFormula());
    assertTrue(ok.get(0).flags().contains("material_from_neighbour"));
    var reasons = r.rejections().stream().map(j -> j.location() + " " + j.reason()).toList();
    assertEquals(List.of("line 2 measurement.unresolved_material", "line 5 measurement.unresolved_material",
        "line 6 measurement.unresolved_material", "line 7 measurement.unresolved_material",
        "line 8 measurement.unresolved_material"), reasons);
    assertTrue(r.rejections().get(4).message().contains("fits 2 earlier compounds"),
        r.rejections().get(4).message());
  }

  @Test
  void rowVariablesAreBound() {
    var m = LabLogFixtures.normalize("composition,x,Tc (K)\nLa2-xSrxCuO4,0.15,37.6\n").measurements().get(0);
    assertEquals("Sr0.15La1.85CuO4", m.reducedFormula());
  }

  @Test
  void measurementIdsAreStableAndDistinct() {
    String csv = "sample,material,Tc (K),date\nS,Nb,9.2,d1\nS,Nb,9.3,d2\n";
    var a = LabLogFixtures.normalize(csv).measurements();
    var b = LabLogFixtures.normalize(csv).measurements();
    assertEquals(a.get(0).measId(), b.get(0).measId());
    assertTrue(!a.get(0).measId().equals(a.get(1).measId()));
  }

  @Test
  void jsonLinesRecordsNormalizeLikeCsvRows() throws java.io.IOException {
    byte[] b = ("{\"sample\":\"S1\",\"formula\":\"MgB2\",\"tc\":{\"value\":39.1,\"unit\":\"K\"}}\n"
        + "{\"sample\":\"S2\",\"formula\":\"Nb\",\"tc\":{\"value\":-263.9,\"unit\":\"°C\"}}\n"
        + "{\"sample\":\"S3\",\"formula\":\"Pb\",\"tc\":7.2}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var reader = new dev.anneal.ingest.lablog.JsonLabLogReader(
        dev.anneal.ingest.lablog.ColumnMapping.automatic(),
        dev.anneal.ingest.lablog.Pseudonymizer.withDefaultKey());
    var read = reader.parse(new dev.anneal.ingest.SourceFile("m.jsonl", b.length),
        new java.io.ByteArrayInputStream(b));
    var r = MeasurementNormalizer.normalize(read.records());
    assertEquals(2, r.measurements().size());
    assertEquals(39.1, r.measurements().get(0).value(), 1e-12);
    assertEquals(9.25, r.measurements().get(1).value(), 1e-9, "°C converted with the offset");
    assertEquals("measurement.missing_unit", r.rejections().get(0).reason(), "a bare 7.2 has no unit");
    assertEquals("line 3", r.rejections().get(0).location());
  }
}
