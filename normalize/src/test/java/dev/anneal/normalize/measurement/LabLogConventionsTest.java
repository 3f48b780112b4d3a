package dev.anneal.normalize.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.CsvLabLogReader;
import dev.anneal.ingest.lablog.Pseudonymizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lab-log conventions one at a time, each on a fixture written for it. */
class LabLogConventionsTest {

  private static final CsvLabLogReader CSV =
      new CsvLabLogReader(ColumnMapping.automatic(), Pseudonymizer.withDefaultKey());

  private static MeasurementNormalizer.Result fixture(String name) throws IOException {
    try (InputStream in = LabLogConventionsTest.class.getResourceAsStream(
        "/dev/anneal/normalize/measurement/conventions/" + name)) {
      return HeaderConventionsGoldenTest.read(CSV, name, in.readAllBytes());
    }
  }

  @Test
  void energiesPerFormulaUnitInEverySpellingBecomeEvPerAtom() throws IOException {
    var r = fixture("energy_units_in_iupac_headers.csv");
    assertEquals(List.of(), r.rejections());
    assertEquals(7, r.measurements().size(), r.measurements()::toString);
    // NaCl: -411.2 kJ/mol = -4.2617 eV per formula unit = -2.1309 eV/atom; every spelling of
    // the same value (eV atom-1, eV/atom, kJ mol^-1, kcal/mol, meV/atom, kJ/mol f.u., eV/f.u.)
    // lands on it within the rounding of the value as written.
    for (MeasurementRow m : r.measurements()) {
      assertEquals("eV/atom", m.unit());
      assertEquals(-2.1309, m.value(), 2e-4, m.unitAsWritten());
    }
    assertEquals(List.of("eV atom-1", "eV/atom", "kJ mol^-1", "kcal/mol", "meV/atom",
            "kJ/mol f.u.", "eV/fu"),
        r.measurements().stream().map(MeasurementRow::unitAsWritten).toList());
  }

  @Test
  void anEnergyPerFormulaUnitWithoutACompositionIsQuarantinedNotGuessed() {
    var q = dev.anneal.normalize.units.UnitParser.parse("-411.2 kJ/mol f.u.",
        dev.anneal.normalize.units.QuantityKind.ENERGY_PER_ATOM);
    assertEquals("unit.needs_composition",
        ((dev.anneal.normalize.units.QuantityResult.Rejected) q).reason().code());
  }

  @Test
  void anUnknownUnitInAHeaderOrUnitColumnIsAReasonNotAnException() {
    var r = LabLogFixtures.normalize("material,Tc (furlong)\nMgB2,39\n");
    assertEquals("measurement.unknown_unit", r.rejections().get(0).reason());
    var longForm = LabLogFixtures.normalize("material,property,value,unit\nMgB2,Tc,39,fortnight\n");
    assertEquals("measurement.unknown_unit", longForm.rejections().get(0).reason());
    assertTrue(longForm.measurements().isEmpty());
  }

  @Test
  void longFormatKeepsUncertaintyAndConditionsAndQuarantinesUnknownProperties() throws IOException {
    var r = fixture("long_format_uncertainty_and_conditions.csv");
    assertEquals(3, r.measurements().size(), r.toString());
    MeasurementRow tc = r.measurements().get(0);
    assertEquals(39.0, tc.value());
    assertEquals("0.2", tc.context().get("uncertainty"));
    assertEquals(Map.of("condition", "zero field"), tc.conditions());
    MeasurementRow unitInPropertyCell = r.measurements().get(1);
    assertEquals("tc", unitInPropertyCell.property());
    assertEquals(38.5, unitInPropertyCell.value());
    assertEquals("K", unitInPropertyCell.unitAsWritten(), "the unit from the property cell 'Tc (K)'");
    MeasurementRow gap = r.measurements().get(2);
    assertEquals("band_gap", gap.property());
    assertEquals(Map.of("temperature", "300"), gap.conditions());
    assertEquals(1, r.rejections().size());
    assertEquals("measurement.unknown_property", r.rejections().get(0).reason());
    assertTrue(r.rejections().get(0).message().contains("Seebeck coefficient"));
  }

  @Test
  void longFormatColumnNamesInAWideTableStayContext() {
    var r = LabLogFixtures.normalize("material,Tc (K),parameter,result,unit\nMgB2,39,field,zero,T\n");
    assertEquals(1, r.measurements().size(), r.toString());
    assertEquals(Map.of("parameter", "field", "result", "zero", "unit", "T"),
        r.measurements().get(0).context());
  }

  @Test
  void aRowOfWordsUnderTheHeaderIsDataNotUnits() {
    // "Ar" and "air" are atmospheres, not units: the row under the header is a data row.
    var r = LabLogFixtures.normalize("material,Tc,atmosphere\nMgB2,39 K,Ar\n");
    assertEquals(1, r.measurements().size());
    assertEquals(39.0, r.measurements().get(0).value());
  }

  @Test
  void aSlashOrUnderscoreNotFollowedByAUnitStaysPartOfTheName() {
    var r = LabLogFixtures.normalize("material,Tc,Tc_mid,Tc/Tc0\nMgB2,39 K,38,0.9\n");
    assertEquals(1, r.measurements().size(), "Tc_mid and Tc/Tc0 are context, not Tc in unit 'mid'");
    assertEquals(Map.of("Tc/Tc0", "0.9", "Tc_mid", "38"), r.measurements().get(0).context());
  }
}
