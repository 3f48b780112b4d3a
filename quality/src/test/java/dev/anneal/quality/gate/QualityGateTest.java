package dev.anneal.quality.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The Java face over Deequ, run for real on a local Spark session. */
class QualityGateTest {

  private static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("structure_id", DataTypes.StringType, true),
      DataTypes.createStructField("volume", DataTypes.DoubleType, true)));

  private static Dataset<Row> table(Object[]... rows) {
    return LocalSpark.get().createDataFrame(
        java.util.Arrays.stream(rows).map(RowFactory::create).toList(), SCHEMA);
  }

  @Test
  void aCleanTablePassesEveryConstraint() {
    List<GateOutcome> outcomes = GateRunner.run(
        table(new Object[] {"a", 40.1}, new Object[] {"b", 62.3}),
        QualityGate.error("raw/structures").complete("structure_id").unique("structure_id")
            .positive("volume").atLeastRows(2));
    assertEquals(4, outcomes.size());
    assertTrue(outcomes.stream().allMatch(GateOutcome::passed), outcomes.toString());
    assertTrue(outcomes.stream().allMatch(o -> o.level().equals("error")));
  }

  @Test
  void duplicateIdsNullsAndNegativeVolumesAreEachCaught() {
    List<GateOutcome> outcomes = GateRunner.run(
        table(new Object[] {"a", 40.1}, new Object[] {"a", -1.0}, new Object[] {null, 10.0}),
        QualityGate.warning("raw/structures").complete("structure_id").unique("structure_id")
            .positive("volume"));
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
  void sqlPredicatesAreChecked() {
    List<GateOutcome> outcomes = GateRunner.run(
        table(new Object[] {"a", 40.1}, new Object[] {"b", 5000.0}),
        QualityGate.error("raw/structures").satisfies("volume below 1000", "volume < 1000"));
    assertFalse(outcomes.get(0).passed());
    assertEquals(0.5, outcomes.get(0).metric(), 1e-9);
  }

  @Test
  void descriptionsFollowDeclarationOrder() {
    QualityGate gate = QualityGate.error("t").complete("x").unique("x").nonNegative("y");
    assertEquals(List.of("complete(x)", "unique(x)", "non_negative(y)"), gate.descriptions());
  }
}
