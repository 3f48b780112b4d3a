package dev.anneal.normalize.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.testing.LocalSpark;
import dev.anneal.normalize.label.spark.LabelTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The evaluation harness: a synthetic label set with known truth through the real Spark label
 * table, against the naive mean and the plain median of each group. Prints RMSE per property
 * and unit-slip precision/recall (copied into docs/benchmarks.md).
 */
class DenoiserHarnessTest {

  private static final StructType INPUT = new StructType()
      .add("material_id", DataTypes.StringType).add("property", DataTypes.StringType)
      .add("condition", DataTypes.StringType).add("unit", DataTypes.StringType)
      .add("meas_id", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("value", DataTypes.DoubleType).add("natoms", DataTypes.DoubleType);

  @Test
  void denoiserBeatsMeanAndMedianAndFindsUnitSlips() {
    SyntheticLabels set = new SyntheticLabels(300, 20261123L);
    SparkSession spark = LocalSpark.get();
    List<Row> in = new ArrayList<>();
    Map<String, List<Double>> raw = new HashMap<>();
    Map<String, String> propertyOf = new HashMap<>();
    Set<String> slipped = new HashSet<>();
    for (SyntheticLabels.Row r : set.rows) {
      in.add(RowFactory.create(r.materialId(), r.property(), "pressure=ambient", r.unit(),
          r.measId(), r.source(), r.value(), r.natoms()));
      raw.computeIfAbsent(r.materialId(), k -> new ArrayList<>()).add(r.value());
      propertyOf.put(r.materialId(), r.property());
      if (r.slip() != null) {
        slipped.add(r.measId() + "/" + r.slip().code());
      }
    }
    Dataset<Row> labels = LabelTable.build(spark.createDataFrame(in, INPUT));
    Map<String, Double> denoised = new HashMap<>();
    Set<String> found = new HashSet<>();
    Set<String> slipCodes = new HashSet<>();
    for (UnitSlip s : UnitSlip.values()) {
      slipCodes.add(s.code());
    }
    for (Row r : labels.collectAsList()) {
      denoised.put(r.getAs("material_id"), r.getAs("value"));
      for (Row c : r.<Row>getList(r.fieldIndex("corrections"))) {
        if (slipCodes.contains(c.<String>getAs("decision"))) {
          found.add(c.getAs("meas_id") + "/" + c.getAs("decision"));
        }
      }
    }
    assertEquals(set.truth.size(), denoised.size(), "one label per material");
    assertEquals(set.truth.size(), labels.count(), "no label twice");
    assertEquals(set.truth.size(), labels.select("label_id").distinct().count());

    for (String property : List.of("tc", "formation_enthalpy", "all")) {
      double[] se = new double[3];
      int n = 0;
      for (Map.Entry<String, Double> t : set.truth.entrySet()) {
        if (!property.equals("all") && !property.equals(propertyOf.get(t.getKey()))) {
          continue;
        }
        Double d = denoised.get(t.getKey());
        assertTrue(d != null, "every group keeps a value: " + t.getKey());
        List<Double> values = raw.get(t.getKey());
        se[0] += sq(Stats.mean(values) - t.getValue());
        se[1] += sq(Stats.median(values) - t.getValue());
        se[2] += sq(d - t.getValue());
        n++;
      }
      double mean = Math.sqrt(se[0] / n);
      double median = Math.sqrt(se[1] / n);
      double ours = Math.sqrt(se[2] / n);
      System.out.printf("[harness] %-18s groups=%d RMSE mean=%.4f median=%.4f denoised=%.4f"
          + " (%.3fx mean, %.3fx median)%n", property, n, mean, median, ours, ours / mean,
          ours / median);
      assertTrue(ours <= 0.5 * mean, property + ": denoised RMSE at most half the mean's");
      assertTrue(ours < median, property + ": denoised RMSE below the median's");
    }
    Set<String> hit = new HashSet<>(found);
    hit.retainAll(slipped);
    double precision = found.isEmpty() ? 0 : (double) hit.size() / found.size();
    double recall = (double) hit.size() / slipped.size();
    System.out.printf("[harness] unit slips planted=%d flagged=%d correct=%d precision=%.3f"
        + " recall=%.3f (kind must match)%n", slipped.size(), found.size(), hit.size(),
        precision, recall);
    assertTrue(recall >= 0.9, "slip recall " + recall);
    assertTrue(precision >= 0.9, "slip precision " + precision);
  }

  private static double sq(double x) {
    return x * x;
  }
}
