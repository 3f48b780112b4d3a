package dev.anneal.jobs.stage;

import static org.apache.spark.sql.functions.col;

import dev.anneal.normalize.label.spark.LabelInputs;
import dev.anneal.normalize.label.spark.LabelTable;
import dev.anneal.normalize.link.spark.ClaimReading;
import dev.anneal.normalize.link.spark.Claims;
import dev.anneal.normalize.link.spark.LinkTable;
import dev.anneal.normalize.material.MaterialTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Links structures, calculations, measurements, synthesis descriptions and paragraphs to
 * materials ({@code curated/links}), builds {@code curated/materials} from them, and denoises the
 * measured values of each material into {@code curated/labels}. Reads every table that exists;
 * a formula field no composition can be read from is quarantined ({@code link.unreadable_formula}).
 */
public final class LinkStage implements Stage {

  @Override
  public String name() {
    return "link";
  }

  @Override
  public StageReport run(StageContext ctx) {
    StageReport.Builder report = StageReport.builder(name());
    Dataset<Row> structures = Tables.read(ctx, "raw/structures");
    Dataset<Row> sources = Claims.structures(structures);
    Dataset<Row> calculations = optional(ctx, "calculations");
    if (calculations != null) {
      sources = sources.unionByName(Claims.calculations(calculations));
    }
    Dataset<Row> measurements = optional(ctx, "measurements");
    if (measurements != null) {
      sources = sources.unionByName(Claims.measurements(measurements));
    }
    Dataset<Row> synthesis = optional(ctx, "synthesis");
    if (synthesis != null) {
      sources = sources.unionByName(Claims.synthesis(synthesis));
    }
    Dataset<Row> paragraphs = optional(ctx, "paragraphs");
    if (paragraphs != null) {
      sources = sources.unionByName(Claims.paragraphs(paragraphs));
    }

    Dataset<Row> polymorphs = LinkTable.polymorphs(structures);
    Dataset<Row> claims = ClaimReading.read(sources).persist(StorageLevel.MEMORY_AND_DISK());
    report.count("raw/quarantine (link)", Tables.writeQuarantine(LinkTable.unreadable(claims),
        ctx.out().raw("quarantine"), name()));
    for (Row r : Tables.readQuarantine(ctx.spark(), ctx.out().raw("quarantine"))
        .where("stage = 'link'").groupBy("reason").count().collectAsList()) {
      report.reason(r.getString(0), r.getLong(1));
    }
    Dataset<Row> resolved = LinkTable.resolve(claims, polymorphs)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> resolvedDoped = LinkTable.resolve(LinkTable.dopedClaims(resolved), polymorphs)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> links = LinkTable.links(resolved, resolvedDoped);
      if (paragraphs != null) {
        links = links.unionByName(LinkTable.documentLinks(links, paragraphs));
      }
      String linksPath = ctx.out().curated("links");
      report.count("curated/links", Tables.write(links, linksPath));
      links = ctx.spark().read().parquet(linksPath);
      report.count("curated/links (ambiguous)",
          links.where("array_contains(flags, 'ambiguous')").count());

      Dataset<Row> keys = resolved.select("reduced_formula", "spacegroup_number")
          .unionByName(resolvedDoped.select("reduced_formula", "spacegroup_number"))
          .distinct()
          .withColumn("material_id",
              LinkTable.materialId(col("reduced_formula"), col("spacegroup_number")));
      report.count("curated/materials",
          Tables.write(MaterialTable.build(keys, links), ctx.out().curated("materials")));

      if (measurements != null) {
        Dataset<Row> labels = LabelTable.build(LabelInputs.of(measurements, links,
            optional(ctx, "lab_records")));
        String labelsPath = ctx.out().curated("labels");
        report.count("curated/labels", Tables.write(labels, labelsPath));
        labels = ctx.spark().read().parquet(labelsPath);
        report.count("curated/labels (unit slips corrected)",
            labels.where("array_contains(flags, 'unit_slip_corrected')").count());
        report.count("curated/labels (conflicts resolved)",
            labels.where("size(rejected_ids) > 0 OR array_contains(flags, 'source_weighted')"
                + " OR array_contains(flags, 'disagreement')").count());
      }
    } finally {
      resolved.unpersist();
      resolvedDoped.unpersist();
      claims.unpersist();
    }
    return report.build(0);
  }

  private static Dataset<Row> optional(StageContext ctx, String table) {
    String path = ctx.out().raw(table);
    return Tables.exists(ctx.spark(), path) ? ctx.spark().read().parquet(path) : null;
  }

  // Resume: what this stage writes (see Stage); what it reads is recorded as it runs.

  @Override
  public java.util.List<String> outputs() {
    return java.util.List.of("curated/materials", "curated/links", "curated/labels",
        "raw/quarantine/stage=" + name());
  }

  @Override
  public java.util.List<String> configSections() {
    // Linking and denoising have no settings yet: any configuration change leaves them be.
    return java.util.List.of("link");
  }
}
