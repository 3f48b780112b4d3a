package dev.anneal.normalize.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-group denoiser on small hand-made groups, one noise kind each. */
class DenoiserTest {

  private static final Denoiser TC = new Denoiser(PropertyRange.of("tc", "K"));
  private static final Denoiser DH = new Denoiser(PropertyRange.of("formation_enthalpy", "eV/atom"));

  @Test
  void aCelsiusTcInAKelvinColumnIsCorrectedAgainstTheOthers() {
    GroupLabel l = TC.denoise(List.of(new Observation("a", "p1", 92.1, 13),
        new Observation("b", "p2", 91.6, 13), new Observation("c", "p3", -181.2, 13)));
    assertEquals(UnitSlip.CELSIUS_AS_KELVIN, l.observations().get(2).slip());
    assertEquals(91.95, l.observations().get(2).value(), 1e-9);
    assertEquals(3, l.nUsed());
    assertTrue(l.flags().contains("unit_slip_corrected"));
  }

  @Test
  void aLoneImplausibleValueWithOnePlausibleCorrectionIsASlip() {
    GroupLabel l = TC.denoise(List.of(new Observation("a", "p1", -181.2, 13)));
    assertEquals(UnitSlip.CELSIUS_AS_KELVIN, l.observations().get(0).slip());
    assertEquals("single", l.method());
  }

  @Test
  void anOutlierIsRejectedByTheMadRule() {
    GroupLabel l = TC.denoise(List.of(new Observation("a", "p1", 39.0, 3),
        new Observation("b", "p2", 38.9, 3), new Observation("c", "p3", 38.7, 3),
        new Observation("d", "p4", 24.0, 3)));
    assertEquals("outlier", l.observations().get(3).reason());
    assertNull(l.observations().get(3).slip());
    assertEquals(38.9, l.value(), 1e-9);
  }

  @Test
  void enthalpySlipsAreToldApart() {
    double truth = -1.5;
    int atoms = 5;
    GroupLabel l = DH.denoise(List.of(new Observation("a", "p1", truth, atoms),
        new Observation("b", "p2", truth + 0.02, atoms),
        new Observation("c", "p3", -truth, atoms),
        new Observation("d", "p4", truth * atoms, atoms),
        new Observation("e", "p5", truth * UnitSlip.KJ_PER_MOL_PER_EV * atoms, atoms)));
    assertNull(l.observations().get(0).slip());
    assertEquals(UnitSlip.SIGN_FLIP, l.observations().get(2).slip());
    assertEquals(UnitSlip.PER_FORMULA_UNIT_AS_PER_ATOM, l.observations().get(3).slip());
    assertEquals(UnitSlip.KJ_PER_MOL_AS_EV_PER_ATOM, l.observations().get(4).slip());
    assertEquals(truth, l.value(), 0.02);
  }

  @Test
  void exactDuplicatesCountOnce() {
    GroupLabel l = TC.denoise(List.of(new Observation("a", "p1", 38.9, 3),
        new Observation("b", "p1", 38.9, 3), new Observation("c", "p2", 39.3, 3)));
    assertEquals("duplicate", l.observations().get(1).reason());
    assertEquals(2, l.nUsed());
  }

  @Test
  void pressureBuckets() {
    assertEquals("pressure=ambient", ConditionBucket.of(null));
    assertEquals("pressure=ambient", ConditionBucket.of(java.util.Map.of("pressure", "ambient")));
    assertEquals("pressure=2 GPa", ConditionBucket.of(java.util.Map.of("pressure", "1.6 GPa")));
    assertEquals("pressure=2 GPa", ConditionBucket.of(java.util.Map.of("pressure", "1-3 GPa")));
  }
}
