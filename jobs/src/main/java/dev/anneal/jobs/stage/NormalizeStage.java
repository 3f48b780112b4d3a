package dev.anneal.jobs.stage;

import dev.anneal.normalize.material.Materials;
import dev.anneal.tokenize.render.Samples;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Builds the curated tables: materials, and one training sample per paragraph and structure. */
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
    return report.build(0);
  }
}
