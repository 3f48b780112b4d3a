package dev.anneal.normalize.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.Rejection;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One small log per rejection reason: the record must be rejected with exactly that reason. */
class MeasurementReasonTest {

  private static final Set<MeasurementReason> SEEN = EnumSet.noneOf(MeasurementReason.class);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "MISSING_MATERIAL|material,Tc (K)\\n,38.8",
      "UNRESOLVED_MATERIAL|material,Tc (K)\\nx = 0.10,30",
      "UNRESOLVED_MATERIAL|material,Tc (K)\\nBa1-xKxBiO3,30",
      "BAD_MATERIAL|material,Tc (K)\\ngrown in alumina crucibles,72",
      "BAD_MATERIAL|material,Tc (K)\\nTa-2122+,28",
      "BAD_MATERIAL|material,Tc (K)\\nB2,11",
      "TRADE_NAME|material,Tc (K)\\nBSCCO,110",
      "TRADE_NAME|material,Tc (K)\\nYBCO 6.7,66",
      "TRADE_NAME|material,Tc (K)\\nPr-123,80",
      "MISSING_VALUE|material,Tc (K)\\nNb,",
      "BAD_VALUE|material,Tc\\nNb,superconducting state ceases to exist",
      "BAD_VALUE|material,Tc\\nLaOFeAs,26:5 K",
      "BOUND_VALUE|material,Tc\\nH3S,< 200 K",
      "BOUND_VALUE|material,Tc\\nLa2C3,up to 13.2 K",
      "MULTIPLE_VALUES|material,Tc\\nNb3Sn,\"17, 18 and 18.3 K\"",
      "MISSING_UNIT|material,tcValue\\nNb,9.25",
      "UNKNOWN_UNIT|material,Tc\\nNb,9.25 kK",
      "WRONG_UNIT_KIND|material,Tc\\nNb,9.25 GPa",
      "AMBIGUOUS_BASIS|material,dHf (eV)\\nNaCl,-2.13",
      "CONTRADICTORY_UNIT|material,Temperature [°C]\\nMgB2,1173 K",
      "IMPLAUSIBLE_VALUE|material,Tc (K)\\nYBa2Cu3O7,-181.2",
      "IMPLAUSIBLE_VALUE|material,Tc (K)\\nYBa2Cu3O7,365.2",
      "IMPLAUSIBLE_VALUE|material,dHf (eV/atom)\\nNaCl,-21.3",
      "UNKNOWN_PROPERTY|material,Tonset\\nNb,9.25 K",
      "BAD_CONDITION|material,Tc,pressure\\nH3S,203 K,high pressures",
      "DUPLICATE_ROW|sample,material,Tc (K)\\nS1,MgB2,38.9\\nS1,MgB2,38.9",
  })
  void eachReasonHasACase(MeasurementReason expected, String csv) {
    var mapping = dev.anneal.ingest.lablog.ColumnMapping.fromMap(java.util.Map.of("columns",
        java.util.Map.of("Tonset", java.util.Map.of("role", "value", "property", "onset_t"))));
    var reader = new dev.anneal.ingest.lablog.CsvLabLogReader(mapping,
        dev.anneal.ingest.lablog.Pseudonymizer.withDefaultKey());
    var records = LabLogFixtures.csv(reader, csv.replace("\\n", "\n")).records();
    MeasurementNormalizer.Result r = MeasurementNormalizer.normalize(records);
    assertEquals(records.size(), r.measurements().size() + r.rejections().size());
    Rejection last = r.rejections().get(r.rejections().size() - 1);
    assertEquals(expected.code(), last.reason(), last::toString);
    assertEquals("normalize", last.stage());
    assertTrue(last.location().startsWith("line "), last::toString);
    SEEN.add(expected);
  }

  @AfterAll
  static void everyReasonWasExercised() {
    assertEquals(EnumSet.allOf(MeasurementReason.class), SEEN,
        "a MeasurementReason without a case here");
  }
}
