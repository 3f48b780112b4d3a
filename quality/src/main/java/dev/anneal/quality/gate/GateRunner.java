package dev.anneal.quality.gate;

import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationSuite;
import com.amazon.deequ.checks.CheckResult;
import com.amazon.deequ.constraints.ConstraintResult;
import com.amazon.deequ.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;

/** Runs a gate over a table with Deequ and returns one outcome per constraint. */
public final class GateRunner {

  private GateRunner() {
  }

  /** Verifies {@code data} against {@code gate}; Deequ computes all metrics in one scan. */
  public static List<GateOutcome> run(Dataset<Row> data, QualityGate gate) {
    VerificationResult result = new VerificationSuite().onData(data).addCheck(gate.toCheck()).run();
    List<GateOutcome> out = new ArrayList<>();
    for (CheckResult check : JavaConverters.asJavaCollection(result.checkResults().values())) {
      for (ConstraintResult c : JavaConverters.asJavaCollection(check.constraintResults())) {
        Double metric = null;
        if (c.metric().isDefined()) {
          Metric<?> m = c.metric().get();
          if (m.value().isSuccess() && m.value().get() instanceof Number n) {
            metric = n.doubleValue();
          }
        }
        out.add(new GateOutcome(gate.table(), gate.level().name().toLowerCase(java.util.Locale.ROOT),
            c.constraint().toString(), c.status().toString(), metric,
            c.message().isDefined() ? c.message().get() : null));
      }
    }
    return out;
  }
}
