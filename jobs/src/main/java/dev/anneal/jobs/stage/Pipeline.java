package dev.anneal.jobs.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anneal.jobs.Version;
import dev.anneal.jobs.report.RunReport;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs stages in order, times them, prints a line per stage, and writes {@code reports/run.json}
 * whatever happens, so a failed run still says how far it got.
 */
public final class Pipeline {

  /** Every stage of a full run, in order. */
  public static List<Stage> allStages() {
    return List.of(new IngestStage(), new NormalizeStage(), new LinkStage(), new RenderStage(),
        new QualityStage(),
        new TokenizeStage(), new IndexStage());
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintStream log;

  /** A pipeline that prints progress lines to {@code log}. */
  public Pipeline(PrintStream log) {
    this.log = log;
  }

  /**
   * Runs {@code stages} and returns the report. A stage whose policy fails (rejections under
   * {@code fail_on_reject}, failed error gates) stops the run after its outputs are written.
   */
  public RunReport run(String command, List<Stage> stages, StageContext ctx, ObjectNode configTree) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<StageReport> reports = new ArrayList<>();
    String failure = null;
    try {
      for (Stage stage : stages) {
        log.printf("[anneal] %s ...%n", stage.name());
        long s0 = System.nanoTime();
        StageReport r = stage.run(ctx);
        double seconds = (System.nanoTime() - s0) / 1e9;
        r = new StageReport(r.stage(), r.counts(), r.reasons(), r.failure(), seconds);
        reports.add(r);
        log.printf("[anneal] %s done in %.1f s: %s%n", stage.name(), seconds, summary(r));
        if (r.failure() != null) {
          failure = stage.name() + ": " + r.failure();
          break;
        }
      }
    } catch (RuntimeException e) {
      failure = e.getMessage() == null ? e.toString() : e.getMessage();
      write(command, ctx, configTree, started, t0, reports, failure);
      throw e;
    }
    return write(command, ctx, configTree, started, t0, reports, failure);
  }

  private RunReport write(String command, StageContext ctx, ObjectNode configTree, Instant started,
                          long t0, List<StageReport> reports, String failure) {
    RunReport report = new RunReport(Version.CODE_VERSION, command, ctx.input(), ctx.out().root(),
        started.toString(), (System.nanoTime() - t0) / 1e9,
        failure == null ? "succeeded" : "failed", failure, ctx.configSha256(), configTree,
        reports);
    ReportFiles.writeJson(ctx.spark(), ctx.out().report("run.json"), report, JSON);
    return report;
  }

  private static String summary(StageReport r) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Long> e : r.counts().entrySet()) {
      out.append(out.length() > 0 ? ", " : "").append(e.getValue()).append(' ').append(e.getKey());
    }
    if (!r.reasons().isEmpty()) {
      out.append("; rejected by reason ").append(new java.util.TreeMap<>(r.reasons()));
    }
    return out.toString();
  }
}
