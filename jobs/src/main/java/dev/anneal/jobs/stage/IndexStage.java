package dev.anneal.jobs.stage;

import dev.anneal.search.spark.IndexInputs;
import dev.anneal.search.spark.PartitionedIndexBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Builds the Lucene index under {@code OUT/index}: paragraphs, materials, structures,
 * calculations and synthesis descriptions, each with its linked records. The optional tables
 * ({@code raw/synthesis} from normalize, {@code curated/links} and {@code curated/labels} from
 * link, ...) are indexed when they exist, so the stage also runs after a partial pipeline.
 */
public final class IndexStage implements Stage {

  @Override
  public String name() {
    return "index";
  }

  @Override
  public StageReport run(StageContext ctx) {
    try {
      IndexInputs in = new IndexInputs(
          Tables.read(ctx, "raw/paragraphs"),
          Tables.read(ctx, "raw/documents"),
          Tables.read(ctx, "curated/materials"),
          optional(ctx, ctx.out().raw("structures")),
          optional(ctx, ctx.out().raw("calculations")),
          optional(ctx, ctx.out().raw("synthesis")),
          optional(ctx, ctx.out().raw("measurements")),
          optional(ctx, ctx.out().curated("links")),
          optional(ctx, ctx.out().curated("labels")));
      PartitionedIndexBuilder.Summary s = PartitionedIndexBuilder.build(in,
          ctx.out().path("_staging/index"), ctx.out().index());
      StageReport.Builder report = StageReport.builder(name());
      for (Map.Entry<String, Long> e : s.counts().entrySet()) {
        report.count("indexed " + e.getKey(), e.getValue());
      }
      report.count("index parts merged", s.parts());
      // A record whose indexing threw is not in the index: it is quarantined at stage index.
      Tables.quarantine(report, ctx.spark().createDataFrame(s.quarantine(),
          dev.anneal.schema.RawSchemas.QUARANTINE), ctx.out().raw("quarantine"), name());
      return report.build(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the index under " + ctx.out().index(), e);
    }
  }

  /** The table at {@code path}, or null when the stage that writes it has not run. */
  private static Dataset<Row> optional(StageContext ctx, String path) {
    return Tables.exists(ctx.spark(), path) ? ctx.spark().read().parquet(path) : null;
  }

  // Resume: what this stage writes (see Stage); what it reads is recorded as it runs.

  @Override
  public java.util.List<String> outputs() {
    return java.util.List.of("index", "raw/quarantine/stage=" + name());
  }

  @Override
  public java.util.List<String> configSections() {
    return java.util.List.of("index", "search");
  }
}
