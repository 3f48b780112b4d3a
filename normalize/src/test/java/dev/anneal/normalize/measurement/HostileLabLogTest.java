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
import org.junit.jupiter.api.Test;

/**
 * Issue #20: a lab log whose header declares a unit the table does not know ({@code kJ/mol
 * f.u.}) ended normalize for every file; each of its values is now quarantined with a
 * {@code unit.*} reason and the other rows are read.
 */
class HostileLabLogTest {

  private static String fixture() throws IOException {
    try (InputStream in = HostileLabLogTest.class
        .getResourceAsStream("/hostile/lablog_energy_kj_per_mol_fu.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anUnknownDeclaredUnitQuarantinesEachValueWithAUnitReason() throws IOException {
    MeasurementNormalizer.Result r = LabLogFixtures.normalize(fixture());
    assertEquals(0, r.measurements().size());
    assertEquals(2, r.rejections().size());
    for (Rejection j : r.rejections()) {
      assertTrue(j.reason().startsWith("unit.") || j.reason().startsWith("measurement."),
          j.reason() + ": " + j.message());
      assertTrue(!j.reason().startsWith("internal."), j.reason());
      assertEquals("normalize", j.stage());
    }
  }

  @Test
  void theParserRejectsAnUnknownDeclaredUnitInsteadOfThrowing() {
    QuantityResult q = UnitParser.parse("-411.2", QuantityKind.ENERGY_PER_ATOM, null,
        "kJ/mol f.u.");
    assertTrue(q instanceof QuantityResult.Rejected, q.toString());
    assertEquals("unit.unknown", ((QuantityResult.Rejected) q).reason().code());
  }
}
