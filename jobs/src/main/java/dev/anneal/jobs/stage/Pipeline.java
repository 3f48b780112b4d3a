package dev.anneal.jobs.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anneal.jobs.Version;
import dev.anneal.jobs.report.RunPage;
import dev.anneal.jobs.report.RunPageData;
import dev.anneal.jobs.report.RunReport;
import dev.anneal.jobs.resume.ResumePolicy;
import dev.anneal.jobs.resume.Resumer;
import dev.anneal.jobs.resume.StageManifest;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs stages in order, times them, prints a line per stage, and writes {@code reports/run.json}
 * whatever happens, so a failed run still says how far it got. A resumable stage (one that
 * declares its outputs) is skipped when its inputs and configuration are unchanged since it last
 * committed; otherwise it writes to a staging folder and its outputs are renamed into place.
 */
public final class Pipeline {

  /** Every stage of a full run, in order. */
  public static List<Stage> allStages() {
    return List.of(new IngestStage(), new NormalizeStage(), new LinkStage(), new RenderStage(),
        new QualityStage(),
        new TokenizeStage(), new IndexStage());
  }

  /**
   * The stage of a full run that writes {@code relative} (a path under OUT such as
   * {@code curated/materials}), read from the stages' declared {@link Stage#outputs()}.
   */
  public static Optional<String> writerOf(String relative) {
    for (Stage stage : allStages()) {
      for (String o : stage.outputs()) {
        if (relative.equals(o) || relative.startsWith(o + "/")) {
          return Optional.of(stage.name());
        }
      }
    }
    return Optional.empty();
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final PrintStream log;
  private final ResumePolicy policy;
  private final StageListener listener;

  /** A pipeline that prints progress lines to {@code log} and skips unchanged stages. */
  public Pipeline(PrintStream log) {
    this(log, ResumePolicy.resume(Set.of()), StageListener.NONE);
  }

  /** A pipeline with a resume policy, told before and after each stage runs. */
  public Pipeline(PrintStream log, ResumePolicy policy, StageListener listener) {
    this.log = log;
    this.policy = policy;
    this.listener = listener;
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
    String current = "setup";
    Resumer resumer = new Resumer(ctx.spark().sparkContext().hadoopConfiguration(), ctx.out(),
        ctx.input(), configTree, policy, Version.CODE_VERSION);
    try {
      for (Stage stage : stages) {
        current = stage.name();
        Resumer.Decision decision = resumer.decide(stage);
        if (decision.skip() != null) {
          StageManifest m = decision.skip();
          StageReport r = new StageReport(stage.name(), m.counts(), m.reasons(), null, 0.0,
              "skipped");
          reports.add(r);
          log.printf("[anneal] %s unchanged since %s: skipped (%s)%n", stage.name(),
              m.committedAt(), summary(r));
          continue;
        }
        log.printf("[anneal] %s ...%s%n", stage.name(), policy.enabled()
            && !decision.reason().equals("no committed run") ? " (" + decision.reason() + ")" : "");
        long s0 = System.nanoTime();
        OutputLayout layout = resumer.begin(stage);
        listener.started(stage.name());
        StageReport r;
        try {
          r = stage.run(ctx.withOut(layout));
        } finally {
          listener.finished(stage.name());
        }
        double seconds = (System.nanoTime() - s0) / 1e9;
        r = new StageReport(r.stage(), r.counts(), r.reasons(), layout.unstaged(r.failure()),
            seconds);
        resumer.commit(stage, layout, r);
        reports.add(r);
        log.printf("[anneal] %s done in %.1f s: %s%n", stage.name(), seconds, summary(r));
        if (r.failure() != null) {
          failure = stage.name() + ": " + r.failure();
          break;
        }
      }
    } catch (RuntimeException e) {
      StageFailure f = new StageFailure(current, e);
      failure = f.getMessage();
      write(command, ctx, configTree, started, t0, reports, failure);
      throw f;
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
    try {
      ReportFiles.writeText(ctx.spark(), ctx.out().report("run.html"),
          RunPage.render(RunPageData.collect(ctx.spark(), ctx.out().root(), report)));
    } catch (RuntimeException e) {
      // The page is a view of run.json and the tables: never a reason to fail the run.
      log.printf("[anneal] could not write %s: %s%n", ctx.out().report("run.html"), e);
    }
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
