package dev.anneal.quality.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gates as the quality stage runs them ({@link HistoryRunner}, Deequ for real on a local
 * Spark session, metrics in a file repository): constraint outcomes per level, and anomalies
 * against the previous run.
 */
class QualityGateTest {

  private static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("structure_id", DataTypes.StringType, true),
      DataTypes.createStructField("volume", DataTypes.DoubleType, true)));

  @TempDir
  Path dir;

  private static Dataset<Row> table(Object[]... rows) {
    return LocalSpark.get().createDataFrame(
        java.util.Arrays.stream(rows).map(RowFactory::create).toList(), SCHEMA);
  }

  private List<GateOutcome> run(Dataset<Row> data, long runTime, List<String> completeness,
                                QualityGate... gates) {
    HistoryRunner.History history = new HistoryRunner.History(
        dir.resolve("metrics.json").toString(), runTime, 0.5, 0.1);
    return HistoryRunner.run(data, "raw/structures", List.of(gates), completeness, history);
  }

  @Test
  void aCleanTablePassesEveryConstraint() {
    List<GateOutcome> outcomes = run(table(new Object[] {"a", 40.1}, new Object[] {"b", 62.3}),
        1000L, List.of("structure_id"),
        QualityGate.error("raw/structures").complete("structure_id").unique("structure_id")
            .positive("volume").atLeastRows(2));
    assertEquals(4, outcomes.size(), "no anomaly checks on the first run: " + outcomes);
    assertTrue(outcomes.stream().allMatch(GateOutcome::passed), outcomes.toString());
    assertTrue(outcomes.stream().allMatch(o -> o.level().equals("error")));
    assertTrue(outcomes.stream().allMatch(o -> o.table().equals("raw/structures")));
  }

  @Test
  void duplicateIdsNullsAndNegativeVolumesAreEachCaught() {
    List<GateOutcome> outcomes = run(
        table(new Object[] {"a", 40.1}, new Object[] {"a", -1.0}, new Object[] {null, 10.0}),
        1000L, List.of(), QualityGate.warning("raw/structures").complete("structure_id")
            .unique("structure_id").positive("volume"));
    assertEquals(3, outcomes.size());
    for (GateOutcome o : outcomes) {
      assertFalse(o.passed(), o.toString());
      assertEquals("warning", o.level());
    }
    GateOutcome completeness = outcomes.stream()
        .filter(o -> o.constraint().contains("Completeness")).findFirst().orElseThrow();
    assertEquals(2.0 / 3.0, completeness.metric(), 1e-9);
    assertTrue(completeness.message() != null && !completeness.message().isBlank());
  }

  @Test
  void errorAndWarningGatesOfOneTableKeepTheirLevels() {
    List<GateOutcome> outcomes = run(table(new Object[] {"a", 40.1}, new Object[] {"b", 5000.0}),
        1000L, List.of(), GateSpecs.parse("raw/structures", "error", List.of("unique structure_id")),
        GateSpecs.parse("raw/structures", "warning", List.of("where volume below 1000: volume < 1000")));
    GateOutcome error = outcomes.stream().filter(o -> o.level().equals("error")).findFirst()
        .orElseThrow();
    GateOutcome warning = outcomes.stream().filter(o -> o.level().equals("warning")).findFirst()
        .orElseThrow();
    assertTrue(error.passed(), error.toString());
    assertFalse(warning.passed());
    assertEquals(0.5, warning.metric(), 1e-9);
  }

  @Test
  void aTableThatShrankOrLostCompletenessSinceTheLastRunIsAnAnomaly() {
    QualityGate gate = QualityGate.error("raw/structures").complete("structure_id");
    List<GateOutcome> first = run(table(new Object[] {"a", 1.0}, new Object[] {"b", 2.0},
        new Object[] {"c", 3.0}, new Object[] {"d", 4.0}, new Object[] {"e", 5.0},
        new Object[] {"f", 6.0}, new Object[] {"g", 7.0}, new Object[] {"h", 8.0}), 1000L,
        List.of("structure_id"), gate);
    assertTrue(first.stream().noneMatch(o -> o.level().equals("anomaly")), first.toString());
    // Half the rows is not "more than half"; then three quarters fewer is.
    List<GateOutcome> half = run(table(new Object[] {"a", 1.0}, new Object[] {"b", 2.0},
        new Object[] {"c", 3.0}, new Object[] {"d", 4.0}), 1500L, List.of("structure_id"), gate);
    assertTrue(half.stream().filter(o -> o.level().equals("anomaly")).allMatch(GateOutcome::passed),
        half.toString());
    List<GateOutcome> second = run(table(new Object[] {null, 2.0}),
        2000L, List.of("structure_id"), gate);
    List<GateOutcome> anomalies = second.stream().filter(o -> o.level().equals("anomaly"))
        .toList();
    assertEquals(2, anomalies.size(), second.toString());
    assertTrue(anomalies.stream().noneMatch(GateOutcome::passed), anomalies.toString());
    assertTrue(anomalies.stream().anyMatch(o -> o.constraint().equals(
        "anomaly: row count of raw/structures shrank by more than 50% since the last run")));
    assertTrue(anomalies.stream().anyMatch(o -> o.constraint().startsWith(
        "anomaly: completeness of raw/structures.structure_id fell by more than 0.1")));
    // The same table again: nothing changed since the last run, so nothing is flagged.
    List<GateOutcome> third = run(table(new Object[] {null, 2.0}), 3000L, List.of("structure_id"),
        gate);
    List<GateOutcome> thirdAnomalies = third.stream().filter(o -> o.level().equals("anomaly"))
        .toList();
    assertEquals(2, thirdAnomalies.size(), third.toString());
    assertTrue(thirdAnomalies.stream().allMatch(GateOutcome::passed), third.toString());
  }

  @Test
  void descriptionsFollowDeclarationOrder() {
    QualityGate gate = QualityGate.error("t").complete("x").unique("x").nonNegative("y");
    assertEquals(List.of("complete(x)", "unique(x)", "non_negative(y)"), gate.descriptions());
  }
}
