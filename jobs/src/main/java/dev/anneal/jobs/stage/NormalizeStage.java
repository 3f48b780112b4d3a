package dev.anneal.jobs.stage;

import dev.anneal.normalize.literature.spark.ReportedValues;
import dev.anneal.normalize.measurement.spark.MeasurementTable;
import dev.anneal.normalize.synthesis.spark.SynthesisTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Interprets lab records and values reported in papers into {@code raw/measurements}, and
 * synthesis records and synthesis paragraphs into {@code raw/synthesis} (materials are the link
 * stage's, training samples the render stage's).
 */
public final class NormalizeStage implements Stage {

  @Override
  public String name() {
    return "normalize";
  }

  @Override
  public StageReport run(StageContext ctx) {
    StageReport.Builder report = StageReport.builder(name());
    Dataset<Row> documents = Tables.read(ctx, "raw/documents");
    Dataset<Row> paragraphs = Tables.read(ctx, "raw/paragraphs");

    // --- synthesis: structured records and synthesis paragraphs of papers → raw/synthesis ---
    Dataset<Row> synthesis = SynthesisTable.fromParagraphs(paragraphs, documents);
    if (Tables.exists(ctx.spark(), ctx.out().raw("synthesis_records"))) {
      synthesis = SynthesisTable.fromRecords(Tables.read(ctx,
          "raw/synthesis_records")).unionByName(synthesis);
    }
    synthesis = synthesis.persist(StorageLevel.MEMORY_AND_DISK());
    report.count("raw/synthesis", Tables.write(SynthesisTable.table(synthesis, "synthesis"),
        ctx.out().raw("synthesis")));
    // --- end synthesis ---

    // Lab records are interpreted file by file, and values reported in papers' paragraphs join
    // them (source_kind = literature); what cannot be read right is quarantined.
    Dataset<Row> interpreted = MeasurementTable.interpret(
        Tables.read(ctx, "raw/lab_records"))
        .unionByName(ReportedValues.interpret(paragraphs, documents))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      report.count("raw/measurements", Tables.write(
          MeasurementTable.table(interpreted, "measurements"), ctx.out().raw("measurements")));
      report.count("raw/measurements (literature)", ctx.spark().read()
          .parquet(ctx.out().raw("measurements")).where("source_kind = 'literature'").count());
      // One write for the stage's partition: values and synthesis descriptions that failed.
      report.count("raw/quarantine (normalize)", Tables.writeQuarantine(
          MeasurementTable.table(interpreted, "quarantine")
              .unionByName(SynthesisTable.table(synthesis, "quarantine")),
          ctx.out().raw("quarantine"), name()));
    } finally {
      interpreted.unpersist();
      synthesis.unpersist();
    }
    for (Row r : Tables.readQuarantine(ctx.spark(), ctx.out().raw("quarantine"))
        .where("stage = 'normalize'").groupBy("reason").count().collectAsList()) {
      report.reason(r.getString(0), r.getLong(1));
    }
    return report.build(0);
  }

  // Resume: what this stage writes (see Stage); what it reads is recorded as it runs.

  @Override
  public java.util.List<String> outputs() {
    return java.util.List.of("raw/synthesis", "raw/measurements",
        "raw/quarantine/stage=" + name());
  }

  @Override
  public java.util.List<String> configSections() {
    return java.util.List.of("normalize", "lablog");
  }
}
