package dev.anneal.normalize.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.Rejection;
import dev.anneal.normalize.units.QuantityKind;
import dev.anneal.normalize.units.QuantityResult;
import dev.anneal.normalize.units.UnitParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #20: a lab log whose header declares an energy per formula unit ({@code kJ/mol f.u.})
 * ended normalize for every file. It is now converted with each row's composition, and a unit
 * the table does not know is a {@code unit.*} reason, never an exception.
 */
class HostileLabLogTest {

  /** kJ/mol in eV: 1 eV per particle is 96.485 kJ/mol (CODATA, to the digits tested here). */
  private static final double KJ_PER_MOL_PER_EV = 96.485332;

  private static String fixture() throws IOException {
    try (InputStream in = HostileLabLogTest.class
        .getResourceAsStream("/hostile/lablog_energy_kj_per_mol_fu.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anEnergyPerFormulaUnitHeaderIsConvertedPerAtomWithEachRowsComposition() throws IOException {
    MeasurementNormalizer.Result r = LabLogFixtures.normalize(fixture());
    assertEquals(List.of(), r.rejections());
    assertEquals(2, r.measurements().size());
    // NaCl and KCl have two atoms per formula unit.
    assertEquals(-411.2 / KJ_PER_MOL_PER_EV / 2, r.measurements().get(0).value(), 1e-4);
    assertEquals(-436.5 / KJ_PER_MOL_PER_EV / 2, r.measurements().get(1).value(), 1e-4);
    assertEquals("eV/atom", r.measurements().get(0).unit());
  }

  @Test
  void anUnknownDeclaredUnitQuarantinesEachValueWithAUnitReason() throws IOException {
    MeasurementNormalizer.Result r = LabLogFixtures.normalize(
        fixture().replace("kJ/mol f.u.", "furlong"));
    assertEquals(0, r.measurements().size());
    assertEquals(2, r.rejections().size());
    for (Rejection j : r.rejections()) {
      assertTrue(j.reason().startsWith("unit.") || j.reason().startsWith("measurement."),
          j.reason() + ": " + j.message());
      assertEquals("normalize", j.stage());
    }
  }

  @Test
  void theParserGivesReasonsInsteadOfThrowing() {
    QuantityResult unknown = UnitParser.parse("-411.2", QuantityKind.ENERGY_PER_ATOM, null,
        "furlong");
    assertEquals("unit.unknown", ((QuantityResult.Rejected) unknown).reason().code());
    QuantityResult perFormulaUnit = UnitParser.parse("-411.2", QuantityKind.ENERGY_PER_ATOM, null,
        "kJ/mol f.u.");
    assertEquals("unit.needs_composition",
        ((QuantityResult.Rejected) perFormulaUnit).reason().code());
  }
}
