package dev.anneal.jobs.stage;

/** Builds the Lucene index of paragraphs and materials under {@code OUT/index}. */
public final class IndexStage implements Stage {

  @Override
  public String name() {
    return "index";
  }

  @Override
  public StageReport run(StageContext ctx) {
    // Wired to dev.anneal.search once that module lands (same session).
    return StageReport.builder(name()).build(0);
  }
}
