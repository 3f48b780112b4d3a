package dev.anneal.jobs.stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.quality.decontam.EvalSets;
import dev.anneal.quality.decontam.NgramIndex;
import dev.anneal.quality.dedup.MinHashSettings;
import dev.anneal.quality.exclude.ExclusionPass;
import dev.anneal.quality.exclude.ExclusionSettings;
import dev.anneal.jobs.config.ConfigException;
import dev.anneal.quality.filter.FilterRules;
import dev.anneal.quality.filter.TextFilter;
import dev.anneal.quality.gate.GateOutcome;
import dev.anneal.quality.gate.GateSpecs;
import dev.anneal.quality.gate.HistoryRunner;
import dev.anneal.quality.gate.Profiles;
import dev.anneal.quality.gate.QualityGate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes {@code curated/excluded} (filters, deduplication, decontamination), then runs the Deequ
 * gates of every configured table that exists with metrics history and anomaly checks, and writes
 * {@code reports/quality.json}, {@code reports/profile.json} and {@code reports/metrics/}.
 */
public final class QualityStage implements Stage {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String name() {
    return "quality";
  }

  @Override
  public StageReport run(StageContext ctx) {
    StageReport.Builder report = StageReport.builder(name());
    AnnealConfig.Quality q = ctx.config().quality();
    SparkSession spark = ctx.spark();
    OutputLayout out = ctx.out();
    long runTime = System.currentTimeMillis();
    Map<String, Object> quality = new LinkedHashMap<>();

    Map<String, Object> exclusions = exclude(ctx, q, report);

    Map<String, Object> tables = new LinkedHashMap<>();
    Map<String, Object> profiles = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    List<GateOutcome> anomalies = new ArrayList<>();
    HistoryRunner.History history = new HistoryRunner.History(
        metricsRepository(spark, out), runTime, q.history().maxShrink(),
        q.history().maxCompletenessDrop());
    for (Map.Entry<String, AnnealConfig.Gate> e : q.gates().entrySet()) {
      String table = e.getKey();
      String path = out.path(table);
      if (!Tables.exists(spark, path)) {
        continue;
      }
      Dataset<Row> data = table.equals("raw/quarantine") ? Tables.readQuarantine(spark, path)
          : spark.read().parquet(path);
      long rows = data.count();
      List<QualityGate> gates = new ArrayList<>();
      AnnealConfig.Gate g = e.getValue();
      if (g.error() != null && !g.error().isEmpty()) {
        gates.add(GateSpecs.parse(table, "error", g.error()));
      }
      if (g.warning() != null && !g.warning().isEmpty()) {
        gates.add(GateSpecs.parse(table, "warning", g.warning()));
      }
      List<String> completeness = new ArrayList<>();
      for (String c : g.error() == null ? List.<String>of() : g.error()) {
        if (c.startsWith("complete ")) {
          completeness.add(c.substring(9).strip());
        }
      }
      List<GateOutcome> outcomes = HistoryRunner.run(data, table, gates, completeness, history);
      boolean errorFailed = outcomes.stream()
          .anyMatch(o -> "error".equals(o.level()) && !o.passed() && rows > 0);
      if (errorFailed) {
        failed.add(table);
      }
      outcomes.stream().filter(o -> "anomaly".equals(o.level()) && !o.passed())
          .forEach(anomalies::add);
      report.count("checks on " + table, outcomes.size());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", out.unstaged(path));
      entry.put("rows", rows);
      entry.put("status", rows == 0 ? "Empty" : errorFailed ? "Failure" : "Success");
      // An empty table passes vacuously (Deequ reports no metric on zero rows).
      entry.put("checks", outcomes);
      tables.put(table, entry);
      if (q.profile() && rows > 0) {
        JsonNode profile = Profiles.of(data);
        if (profile != null) {
          profiles.put(table, profile);
        }
      }
    }
    quality.put("status", failed.isEmpty() ? "Success" : "Failure");
    quality.put("failed_error_gates", failed);
    quality.put("anomalies", anomalies);
    quality.put("run_time_ms", runTime);
    quality.put("tables", tables);
    quality.putAll(exclusions);
    ReportFiles.writeJson(spark, out.report("quality.json"), quality, JSON);
    if (q.profile()) {
      ReportFiles.writeJson(spark, out.report("profile.json"), profiles, JSON);
    }
    report.count("anomalies", anomalies.size());
    if (!failed.isEmpty() && q.failOnError()) {
      report.failure("error-level quality gates failed for " + String.join(", ", failed)
          + "; see " + out.report("quality.json"));
    }
    return report.build(0);
  }

  /** Writes {@code curated/excluded} and returns its part of quality.json. */
  private static Map<String, Object> exclude(StageContext ctx, AnnealConfig.Quality q,
                                             StageReport.Builder report) {
    SparkSession spark = ctx.spark();
    OutputLayout out = ctx.out();
    Map<String, Object> part = new LinkedHashMap<>();
    if (!Tables.exists(spark, out.curated("samples"))) {
      return part;
    }
    Dataset<Row> samples = spark.read().parquet(out.curated("samples"));
    Dataset<Row> documents = Tables.exists(spark, out.raw("documents"))
        ? spark.read().parquet(out.raw("documents")) : null;
    Dataset<Row> structures = Tables.exists(spark, out.raw("structures"))
        ? spark.read().parquet(out.raw("structures")) : null;
    Dataset<Row> calculations = Tables.exists(spark, out.raw("calculations"))
        ? spark.read().parquet(out.raw("calculations")) : null;
    Dataset<Row> paragraphs = q.dedup().paragraphs()
        && Tables.exists(spark, out.raw("paragraphs"))
        ? spark.read().parquet(out.raw("paragraphs")) : null;
    ExclusionPass.Result r = ExclusionPass.run(samples, documents, paragraphs, structures,
        calculations, settings(q));
    try {
      report.count("curated/excluded", Tables.write(r.excluded(), out.curated("excluded")));
    } finally {
      r.close().run();
    }
    Dataset<Row> excluded = spark.read().parquet(out.curated("excluded"));
    Map<String, Object> byReason = new LinkedHashMap<>();
    for (Row row : excluded.groupBy("record_table", "reason").count()
        .orderBy("record_table", "reason").collectAsList()) {
      report.reason(row.getString(1), row.getLong(2));
      byReason.put(row.getString(0) + " " + row.getString(1), row.getLong(2));
    }
    part.put("excluded", Map.of("path", out.unstaged(out.curated("excluded")), "rows", excluded.count(),
        "samples_removed", excluded.selectExpr("explode(sample_ids)").distinct().count(),
        "by_table_and_reason", byReason));
    Map<String, Object> benchmarks = new LinkedHashMap<>();
    List<Row> flagged = r.flagged().groupBy("benchmark").count().collectAsList();
    for (Row row : excluded.where("benchmark IS NOT NULL").groupBy("benchmark").count()
        .collectAsList()) {
      benchmarks.put(row.getString(0), Map.of("removed", row.getLong(1)));
    }
    for (Row row : flagged) {
      benchmarks.put(row.getString(0), Map.of("flagged", row.getLong(1)));
    }
    part.put("decontamination", Map.of("mode", q.decontamination().mode(),
        "ngram", q.decontamination().ngram(), "benchmarks", benchmarks));
    return part;
  }

  /**
   * The document filter of {@code quality.filters}, or null when filters are off; a rule or
   * parameter the configuration gets wrong is a {@link ConfigException} (checked before Spark).
   */
  public static TextFilter textFilter(AnnealConfig.Filters f) {
    if (!f.enabled()) {
      return null;
    }
    try {
      return new TextFilter(FilterRules.of(f.rules(), f.params()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("quality.filters: " + e.getMessage());
    }
  }

  private static ExclusionSettings settings(AnnealConfig.Quality q) {
    TextFilter filters = textFilter(q.filters());
    AnnealConfig.Dedup d = q.dedup();
    MinHashSettings minHash = d.near() ? new MinHashSettings(d.shingleSize(), d.bands(), d.rows(),
        d.threshold(), d.seed(), d.maxBucket()) : null;
    AnnealConfig.Decontamination dc = q.decontamination();
    NgramIndex index = null;
    if (dc.benchmarks() != null && !dc.benchmarks().isEmpty()) {
      index = new NgramIndex(dc.ngram());
      for (Map.Entry<String, String> b : dc.benchmarks().entrySet()) {
        index.add(b.getKey(), EvalSets.read(Path.of(b.getValue())), dc.minWords());
      }
    }
    if (!"remove".equals(dc.mode()) && !"flag".equals(dc.mode())) {
      throw new IllegalArgumentException("quality.decontamination.mode must be remove or flag, got "
          + dc.mode());
    }
    return new ExclusionSettings(q.textKinds(), filters, d.exact(), d.paragraphs(), minHash,
        d.structures(), d.volumeTolerance(), d.calculations(), index, dc.ngram(), "remove".equals(dc.mode()));
  }

  // Resume: what this stage writes (see Stage); what it reads is recorded as it runs.

  @Override
  public java.util.List<String> outputs() {
    return java.util.List.of("curated/excluded", "reports/quality.json", "reports/profile.json",
        METRICS);
  }

  private static final String METRICS = "reports/metrics";

  /**
   * The metrics repository this run appends to. Under a resumable run the stage writes to its
   * staging folder, so the history committed by earlier runs is copied there first (read from
   * the committed path directly: the history is this stage's own output, not an input whose
   * change should re-run it); the commit then replaces it with the longer history.
   */
  private static String metricsRepository(SparkSession spark, OutputLayout out) {
    String file = METRICS + "/metrics.json";
    String target = out.path(file);
    org.apache.hadoop.fs.Path committed = new org.apache.hadoop.fs.Path(out.root() + "/" + file);
    org.apache.hadoop.fs.Path staged = new org.apache.hadoop.fs.Path(target);
    if (!committed.equals(staged)) {
      org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
      try {
        org.apache.hadoop.fs.FileSystem fs = committed.getFileSystem(conf);
        if (fs.exists(committed)) {
          org.apache.hadoop.fs.FileUtil.copy(fs, committed, staged.getFileSystem(conf), staged,
              false, true, conf);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot carry the metrics history from "
            + committed, e);
      }
    }
    return target;
  }

  @Override
  public java.util.List<String> configSections() {
    return java.util.List.of("quality");
  }
}
