package dev.anneal.quality.gate;

import com.amazon.deequ.AnomalyCheckConfig;
import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationRunBuilder;
import com.amazon.deequ.VerificationRunBuilderWithRepository;
import com.amazon.deequ.VerificationSuite;
import com.amazon.deequ.analyzers.Analyzer;
import com.amazon.deequ.analyzers.Completeness;
import com.amazon.deequ.analyzers.Size;
import com.amazon.deequ.anomalydetection.AbsoluteChangeStrategy;
import com.amazon.deequ.anomalydetection.RelativeRateOfChangeStrategy;
import com.amazon.deequ.checks.CheckLevel;
import com.amazon.deequ.checks.CheckResult;
import com.amazon.deequ.constraints.ConstraintResult;
import com.amazon.deequ.metrics.Metric;
import com.amazon.deequ.repository.ResultKey;
import com.amazon.deequ.repository.fs.FileSystemMetricsRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Option;
import scala.collection.JavaConverters;

/**
 * Runs a table's gates with Deequ and keeps its metrics (row count, completeness) in a Deequ
 * {@link FileSystemMetricsRepository} keyed by run time and tagged with the table; when earlier
 * runs exist, anomaly checks flag a row count that shrank by more than {@code maxShrink} and a
 * completeness that fell by more than {@code maxCompletenessDrop} since the last run.
 */
public final class HistoryRunner {

  private HistoryRunner() {
  }

  /**
   * What to compare with earlier runs.
   *
   * @param repository          the repository file ({@code OUT/reports/metrics/metrics.json})
   * @param runTime             this run's key, epoch milliseconds
   * @param maxShrink           largest accepted relative drop of the row count (0.5: half)
   * @param maxCompletenessDrop largest accepted absolute drop of a column's completeness
   */
  public record History(String repository, long runTime, double maxShrink,
                        double maxCompletenessDrop) {
  }

  /** Outcomes of {@code gates} and, when history exists, of the anomaly checks. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static List<GateOutcome> run(Dataset<Row> data, String table, List<QualityGate> gates,
                                      List<String> completenessColumns, History history) {
    FileSystemMetricsRepository repo = new FileSystemMetricsRepository(data.sparkSession(),
        history.repository());
    scala.collection.immutable.Map<String, String> tags = scalaMap(Map.of("table", table));
    boolean hasHistory = !repo.load().withTagValues(tags).before(history.runTime())
        .get().isEmpty();
    VerificationRunBuilder builder = new VerificationSuite().onData(data);
    for (QualityGate g : gates) {
      builder = builder.addCheck(g.toCheck());
    }
    List<Analyzer> analyzers = new ArrayList<>();
    analyzers.add(new Size(Option.empty()));
    for (String c : completenessColumns) {
      analyzers.add(new Completeness(c, Option.empty(), Option.empty()));
    }
    builder = builder.addRequiredAnalyzers((scala.collection.Seq) JavaConverters
        .asScalaBuffer(analyzers).toSeq());
    VerificationRunBuilderWithRepository withRepo = builder.useRepository(repo)
        .saveOrAppendResult(new ResultKey(history.runTime(), tags));
    if (hasHistory) {
      withRepo = withRepo.addAnomalyCheck(
          new RelativeRateOfChangeStrategy(Option.apply(1 - history.maxShrink()), Option.empty(), 1),
          (Analyzer) new Size(Option.empty()),
          Option.apply(new AnomalyCheckConfig(CheckLevel.Warning(),
              "anomaly: row count of " + table + " shrank by more than "
                  + Math.round(history.maxShrink() * 100) + "% since the last run", tags,
              Option.empty(), Option.apply(history.runTime()))));
      for (String c : completenessColumns) {
        withRepo = withRepo.addAnomalyCheck(
            new AbsoluteChangeStrategy(Option.apply(-history.maxCompletenessDrop()),
                Option.empty(), 1),
            (Analyzer) new Completeness(c, Option.empty(), Option.empty()),
            Option.apply(new AnomalyCheckConfig(CheckLevel.Warning(),
                "anomaly: completeness of " + table + "." + c + " fell by more than "
                    + history.maxCompletenessDrop() + " since the last run", tags,
                Option.empty(), Option.apply(history.runTime()))));
      }
    }
    return outcomes(withRepo.run(), table);
  }

  private static List<GateOutcome> outcomes(VerificationResult result, String table) {
    List<GateOutcome> out = new ArrayList<>();
    for (CheckResult check : JavaConverters.asJavaCollection(result.checkResults().values())) {
      String level = check.check().level().toString().toLowerCase(Locale.ROOT);
      boolean anomaly = check.check().description().startsWith("anomaly:");
      for (ConstraintResult c : JavaConverters.asJavaCollection(check.constraintResults())) {
        Double metric = null;
        if (c.metric().isDefined()) {
          Metric<?> m = c.metric().get();
          if (m.value().isSuccess() && m.value().get() instanceof Number n) {
            metric = n.doubleValue();
          }
        }
        String message = c.message().isDefined() ? c.message().get() : null;
        if (anomaly && !"Success".equals(c.status().toString())) {
          message = check.check().description() + (message == null ? "" : " (" + message + ")");
        }
        out.add(new GateOutcome(table, anomaly ? "anomaly" : level,
            anomaly ? check.check().description() : c.constraint().toString(),
            c.status().toString(), metric, message));
      }
    }
    return out;
  }

  private static scala.collection.immutable.Map<String, String> scalaMap(Map<String, String> m) {
    scala.collection.immutable.Map<String, String> out =
        scala.collection.immutable.Map$.MODULE$.empty();
    for (Map.Entry<String, String> e : m.entrySet()) {
      out = out.$plus(new scala.Tuple2<>(e.getKey(), e.getValue()));
    }
    return out;
  }
}
