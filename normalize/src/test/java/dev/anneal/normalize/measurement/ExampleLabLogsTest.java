package dev.anneal.normalize.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.testing.ProjectPaths;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The noise planted in {@code examples/corpus/lablog} (see examples/README.md) ends as documented. */
class ExampleLabLogsTest {

  private static MeasurementNormalizer.Result run(String name) throws IOException {
    return MeasurementNormalizer.normalize(
        LabLogFixtures.csv(ProjectPaths.exampleCorpus().resolve("lablog/" + name)).records());
  }

  private static Map<String, Rejection> byLine(MeasurementNormalizer.Result r) {
    return r.rejections().stream().collect(Collectors.toMap(Rejection::location, j -> j));
  }

  @Test
  void tcLogPlantedCases() throws IOException {
    MeasurementNormalizer.Result r = run("tc_measurements.csv");
    assertEquals(26, r.measurements().size() + r.rejections().size());
    Map<String, Rejection> rejected = byLine(r);
    assertEquals(4, rejected.size(), rejected::toString);
    // YBCO-04: -181.2 under "Tc (K)" is 92 K written in °C; never converted silently.
    assertEquals("measurement.implausible_value", rejected.get("line 5").reason());
    // YBCO-05: blank Tc, a non-superconducting sample; no value to keep.
    assertEquals("measurement.missing_value", rejected.get("line 6").reason());
    // MgB2-02 twice, byte-identical: the second is the duplicate.
    assertEquals("measurement.duplicate_row", rejected.get("line 12").reason());
    // UNK-07: blank material.
    assertEquals("measurement.missing_material", rejected.get("line 17").reason());
    // YBCO-01 measured again on another day is a legitimate repeat, kept.
    List<MeasurementRow> ybco01 = r.measurements().stream()
        .filter(m -> m.sampleId().equals("YBCO-01")).toList();
    assertEquals(List.of(92.1, 92.3), ybco01.stream().map(MeasurementRow::value).toList());
    // Notations: YBa2Cu3O7-d, YBCO, YBa2Cu3O6.93 and Bi-2212 resolve; Y-123 was the °C row.
    Map<String, String> formula = r.measurements().stream().collect(Collectors.toMap(
        MeasurementRow::sampleId, MeasurementRow::reducedFormula, (a, b) -> a));
    assertEquals("Ba2YCu3O7", formula.get("YBCO-01"));
    assertEquals("Ba2YCu3O7", formula.get("YBCO-03"), "YBCO by the alias table");
    assertEquals("Sr2CaCu2(BiO4)2", formula.get("Bi2212-03"), "Bi-2212 by the alias table");
    assertEquals("Sr2CaCu2(BiO4)2", formula.get("Bi2212-01"));
    MeasurementRow ybco03 = r.measurements().stream()
        .filter(m -> m.sampleId().equals("YBCO-03")).findFirst().orElseThrow();
    assertTrue(ybco03.flags().contains("alias") && ybco03.flags().contains("nonstoichiometric"));
    for (MeasurementRow m : r.measurements()) {
      assertEquals("K", m.unit());
      assertTrue(m.operator().matches("person:[0-9a-f]{12}"), m::toString);
    }
  }

  @Test
  void furnaceLogPlantedCases() throws IOException {
    MeasurementNormalizer.Result r = run("furnace_log.csv");
    assertEquals(17 * 3, r.measurements().size() + r.rejections().size());
    assertEquals(1, r.rejections().size());
    Rejection k = r.rejections().get(0);
    // MgB2-01: "1173 K" under "Temperature [°C]": the cell and the header disagree.
    assertEquals("measurement.contradictory_unit", k.reason());
    assertEquals("line 15", k.location());
    MeasurementRow first = r.measurements().get(0);
    assertEquals("temperature", first.property());
    assertEquals(1173.15, first.value(), 1e-9);
    MeasurementRow dwell = r.measurements().get(1);
    assertEquals("dwell_time", dwell.property());
    assertEquals(12 * 3600.0, dwell.value(), 1e-9);
    MeasurementRow ramp = r.measurements().get(2);
    assertEquals("heating_rate", ramp.property());
    assertEquals(5 / 60.0, ramp.value(), 1e-12);
    // Bi2212-03 has an empty notes field: still a measurement, with empty notes.
    assertTrue(r.measurements().stream().anyMatch(m -> m.sampleId().equals("Bi2212-03")
        && m.notes().isEmpty()));
  }
}
