package dev.anneal.normalize.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the normalizer over generated cells. */
class MeasurementPropertiesTest {

  @Property(tries = 300)
  void celsiusColumnsConvertByTheOffsetAndNeverGoBelowZero(
      @ForAll @BigRange(min = "-300", max = "3000") @Scale(2) BigDecimal celsius) {
    var r = LabLogFixtures.normalize("material,Temperature [°C]\nTiO2," + celsius.toPlainString() + "\n");
    assertEquals(1, r.measurements().size() + r.rejections().size());
    double k = celsius.doubleValue() + 273.15;
    if (k > 0) {
      assertEquals(k, r.measurements().get(0).value(), 1e-9);
    } else {
      assertEquals("measurement.implausible_value", r.rejections().get(0).reason());
    }
  }

  @Property(tries = 300)
  void aNumberWithoutAnyUnitIsNeverConverted(
      @ForAll @BigRange(min = "0.01", max = "250") @Scale(2) BigDecimal v) {
    var r = LabLogFixtures.normalize("material,Tc\nNb," + v.setScale(2, RoundingMode.HALF_UP) + "\n");
    assertEquals(0, r.measurements().size());
    assertEquals("measurement.missing_unit", r.rejections().get(0).reason());
  }

  @Property(tries = 300)
  void anyCellGivesExactlyOneOutcomeAndNeverAVariableAsMaterial(
      @ForAll("cells") String material, @ForAll("cells") String value) {
    String csv = "material,Tc (K)\n\"" + material.replace("\"", "\"\"") + "\",\""
        + value.replace("\"", "\"\"") + "\"\n";
    var read = LabLogFixtures.csv(csv);
    var r = MeasurementNormalizer.normalize(read.records());
    assertEquals(read.records().size(), r.measurements().size() + r.rejections().size());
    for (MeasurementRow m : r.measurements()) {
      assertFalse(m.reducedFormula().isBlank());
      assertFalse(m.reducedFormula().matches(".*[a-z]=.*|^[xyzδ]$"));
      assertTrue(m.valueLow() > 0 && m.valueHigh() <= 300, m::toString);
    }
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.oneOf(
        Arbitraries.of("x = 0.1", "0.15", "YBCO", "Y-123", "MgB 2", "La2-xSrxCuO4", "", " ",
            "~ 39 K", "< 10 K", "1,5", "92", "-181.2", "1173 K", "39 K", "4:5 K", "7-8 K",
            "Hg-2212", "BSCCO", "Nb", "CuSO4 5H2O"),
        Arbitraries.strings().withChars("xyzKOCuBa0123456789 .-=~<()°").ofMaxLength(12));
  }
}
