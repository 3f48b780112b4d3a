package dev.anneal.jobs.stage;

import dev.anneal.normalize.material.Materials;
import dev.anneal.normalize.measurement.spark.MeasurementTable;
import dev.anneal.tokenize.render.Samples;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Builds the curated tables (materials, one training sample per paragraph and structure) and
 * interprets lab records into {@code raw/measurements}.
 */
public final class NormalizeStage implements Stage {

  @Override
  public String name() {
    return "normalize";
  }

  @Override
  public StageReport run(StageContext ctx) {
    StageReport.Builder report = StageReport.builder(name());
    Dataset<Row> structures = Tables.read(ctx.spark(), ctx.out().raw("structures"), "ingest");
    Dataset<Row> documents = Tables.read(ctx.spark(), ctx.out().raw("documents"), "ingest");
    Dataset<Row> paragraphs = Tables.read(ctx.spark(), ctx.out().raw("paragraphs"), "ingest");

    report.count("curated/materials",
        Tables.write(Materials.fromStructures(structures), ctx.out().curated("materials")));

    Dataset<Row> samples = Samples.fromParagraphs(paragraphs, documents)
        .unionByName(Samples.fromStructures(structures, Materials.structureMaterial(structures),
            ctx.config().render().structureDigits()));
    report.count("curated/samples", Tables.write(samples, ctx.out().curated("samples")));

    // Lab records are interpreted file by file; what cannot be read right is quarantined.
    Dataset<Row> interpreted = MeasurementTable.interpret(
        Tables.read(ctx.spark(), ctx.out().raw("lab_records"), "ingest"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      report.count("raw/measurements", Tables.write(
          MeasurementTable.table(interpreted, "measurements"), ctx.out().raw("measurements")));
      report.count("raw/quarantine (normalize)", Tables.writeQuarantine(
          MeasurementTable.table(interpreted, "quarantine"), ctx.out().raw("quarantine"), name()));
    } finally {
      interpreted.unpersist();
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
    return java.util.List.of("curated/materials", "curated/samples", "raw/measurements",
        "raw/quarantine/stage=" + name());
  }

  @Override
  public java.util.List<String> configSections() {
    return java.util.List.of("normalize", "render");
  }
}
