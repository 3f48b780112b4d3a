package dev.anneal.jobs.stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.anneal.quality.gate.GateOutcome;
import dev.anneal.quality.gate.GateRunner;
import dev.anneal.quality.gate.QualityGate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs the Deequ gates over every table and writes {@code reports/quality.json}. */
public final class QualityStage implements Stage {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** Each gate with the table path it checks and how that table is read. */
  private record Target(String path, QualityGate gate,
                        Function<SparkSession, Dataset<Row>> reader) {

    /** A table written by {@code producedBy}. */
    static Target table(String path, String producedBy, QualityGate gate) {
      return new Target(path, gate, spark -> Tables.read(spark, path, producedBy));
    }

    /** The quarantine: partitioned by stage, and possibly without a single file. */
    static Target quarantine(String path, QualityGate gate) {
      return new Target(path, gate, spark -> Tables.readQuarantine(spark, path));
    }
  }

  @Override
  public String name() {
    return "quality";
  }

  @Override
  public StageReport run(StageContext ctx) {
    StageReport.Builder report = StageReport.builder(name());
    Map<String, Object> tables = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    for (Target t : targets(ctx.out())) {
      Dataset<Row> data = t.reader().apply(ctx.spark());
      long rows = data.count();
      // An empty table passes vacuously (Deequ reports no metric on zero rows); its emptiness
      // shows in the row count, and in the run report's counts.
      List<GateOutcome> outcomes = rows == 0 ? List.of() : GateRunner.run(data, t.gate());
      long failures = outcomes.stream().filter(o -> !o.passed()).count();
      if (failures > 0 && t.gate().level() == QualityGate.Level.ERROR) {
        failed.add(t.gate().table());
      }
      report.count("checks on " + t.gate().table(), outcomes.size());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", t.path());
      entry.put("rows", rows);
      entry.put("status", rows == 0 ? "Empty" : failures == 0 ? "Success" : "Failure");
      entry.put("checks", outcomes);
      tables.put(t.gate().table(), entry);
    }
    Map<String, Object> quality = new LinkedHashMap<>();
    quality.put("status", failed.isEmpty() ? "Success" : "Failure");
    quality.put("failed_error_gates", failed);
    quality.put("tables", tables);
    ReportFiles.writeJson(ctx.spark(), ctx.out().report("quality.json"), quality, JSON);
    if (!failed.isEmpty() && ctx.config().quality().failOnError()) {
      report.failure("error-level quality gates failed for " + String.join(", ", failed)
          + "; see " + ctx.out().report("quality.json"));
    }
    return report.build(0);
  }

  /** The gates of every table: ids complete and unique everywhere, physical ranges where known. */
  private static List<Target> targets(OutputLayout out) {
    return List.of(
        Target.table(out.raw("documents"), "ingest", QualityGate.error("raw/documents")
            .complete("doc_id").unique("doc_id").complete("text").positive("n_chars")),
        Target.table(out.raw("paragraphs"), "ingest", QualityGate.error("raw/paragraphs")
            .complete("para_id").unique("para_id").complete("doc_id").positive("n_chars")),
        Target.table(out.raw("structures"), "ingest", QualityGate.error("raw/structures")
            .complete("structure_id").unique("structure_id").complete("reduced_formula")
            .positive("volume").positive("nsites").positive("density")
            .satisfies("lattice lengths > 0", "lattice.a > 0 AND lattice.b > 0 AND lattice.c > 0")),
        Target.table(out.raw("calculations"), "ingest", QualityGate.error("raw/calculations")
            .complete("calc_id").unique("calc_id").complete("code")
            .satisfies("finite energies", "energy_ev IS NULL OR NOT isnan(energy_ev)")),
        Target.table(out.raw("measurements"), "normalize", QualityGate.error("raw/measurements")
            .complete("meas_id").unique("meas_id").complete("reduced_formula").complete("unit")
            .satisfies("values are finite", "value IS NULL OR NOT isnan(value)")),
        Target.quarantine(out.raw("quarantine"), QualityGate.error("raw/quarantine")
            .complete("source_uri").complete("reason")),
        Target.table(out.curated("materials"), "normalize", QualityGate.error("curated/materials")
            .complete("material_id").unique("material_id").complete("reduced_formula")),
        Target.table(out.curated("samples"), "normalize", QualityGate.error("curated/samples")
            .complete("sample_id").unique("sample_id").positive("n_chars")));
  }

  // Resume: what this stage writes (see Stage); what it reads is recorded as it runs.

  @Override
  public java.util.List<String> outputs() {
    return java.util.List.of("reports/quality.json");
  }

  @Override
  public java.util.List<String> configSections() {
    return java.util.List.of("quality");
  }
}
