package dev.anneal.jobs.stage;

import dev.anneal.search.spark.PartitionedIndexBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds the Lucene index of paragraphs and materials under {@code OUT/index}. */
public final class IndexStage implements Stage {

  @Override
  public String name() {
    return "index";
  }

  @Override
  public StageReport run(StageContext ctx) {
    try {
      PartitionedIndexBuilder.Summary s = PartitionedIndexBuilder.build(
          Tables.read(ctx.spark(), ctx.out().raw("paragraphs"), "ingest"),
          Tables.read(ctx.spark(), ctx.out().raw("documents"), "ingest"),
          Tables.read(ctx.spark(), ctx.out().curated("materials"), "normalize"),
          ctx.out().path("_staging/index"), ctx.out().index());
      return StageReport.builder(name())
          .count("indexed paragraphs", s.paragraphs())
          .count("indexed materials", s.materials())
          .count("index parts merged", s.parts())
          .build(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the index under " + ctx.out().index(), e);
    }
  }

  // Resume: what this stage writes (see Stage); what it reads is recorded as it runs.

  @Override
  public java.util.List<String> outputs() {
    return java.util.List.of("index");
  }

  @Override
  public java.util.List<String> configSections() {
    return java.util.List.of("index", "search");
  }
}
