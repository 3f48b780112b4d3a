package dev.anneal.jobs.stage;

import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.tokenize.render.RenderInputs;
import dev.anneal.tokenize.render.RenderSettings;
import dev.anneal.tokenize.render.Rendered;
import dev.anneal.tokenize.render.Samples;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Renders papers, structures, calculations, syntheses and material dossiers (and, when
 * configured, single values) into {@code curated/samples};
 * the optional tables (links and labels from link, synthesis from normalize, ...) are read only
 * when they exist.
 * A record whose renderer throws is quarantined at stage {@code render}.
 */
public final class RenderStage implements Stage {

  @Override
  public String name() {
    return "render";
  }

  @Override
  public StageReport run(StageContext ctx) {
    SparkSession spark = ctx.spark();
    OutputLayout out = ctx.out();
    RenderInputs in = new RenderInputs(
        Tables.read(ctx, "raw/documents"),
        Tables.read(ctx, "raw/paragraphs"),
        Tables.read(ctx, "raw/structures"),
        Tables.read(ctx, "curated/materials"),
        optional(spark, out.raw("calculations")),
        optional(spark, out.raw("measurements")),
        optional(spark, out.curated("labels")),
        optional(spark, out.raw("synthesis")),
        optional(spark, out.curated("links")));
    StageReport.Builder report = StageReport.builder(name());
    // A record whose renderer throws is a quarantine row (stage render); the others are written.
    Dataset<Row> rendered = Samples.render(in, settings(ctx.config()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long n = Tables.write(Samples.samples(rendered, in.documents()), out.curated("samples"));
      report.count("curated/samples", n);
      for (Row r : spark.read().parquet(out.curated("samples")).groupBy("kind").count()
          .orderBy("kind").collectAsList()) {
        report.count("curated/samples " + r.getString(0), r.getLong(1));
      }
      Tables.quarantine(report, Rendered.quarantine(rendered), out.raw("quarantine"), name());
    } finally {
      rendered.unpersist();
    }
    return report.build(0);
  }

  /** The render settings of {@code config}. */
  public static RenderSettings settings(AnnealConfig config) {
    AnnealConfig.Render r = config.render();
    return new RenderSettings(r.structureDigits(), r.structureForms(), r.translations(),
        config.tokenize().seed(), r.templates(), r.dossierOrders(), r.dossierMaxParts(),
        r.paperUnit(), r.valueSamples());
  }

  private static Dataset<Row> optional(SparkSession spark, String path) {
    return Tables.exists(spark, path) ? spark.read().parquet(path) : null;
  }

  // Resume: what this stage writes (see Stage); what it reads is recorded as it runs.

  @Override
  public java.util.List<String> outputs() {
    return java.util.List.of("curated/samples", "raw/quarantine/stage=" + name());
  }

  @Override
  public java.util.List<String> configSections() {
    // Translations are seeded by the run's seed; the rest of tokenize does not touch samples.
    return java.util.List.of("render", "tokenize.seed");
  }
}
