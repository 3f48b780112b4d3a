package dev.anneal.jobs.stage;

import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.ingest.spark.RawIngest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/** Reads every input file into the raw tables and the quarantine. */
public final class IngestStage implements Stage {

  /** The raw tables ingest writes, in writing order. */
  static final String[] TABLES = {"documents", "paragraphs", "structures", "calculations",
      "lab_records", "synthesis_records", "quarantine"};

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public StageReport run(StageContext ctx) {
    if (ctx.input() == null) {
      throw new IllegalArgumentException("ingest needs --input DIR");
    }
    StageReport.Builder report = StageReport.builder(name());
    int partitions = ctx.config().ingest().partitions() > 0 ? ctx.config().ingest().partitions()
        : 2 * ctx.spark().sparkContext().defaultParallelism();
    // A malformed column mapping is a configuration mistake: fail before reading anything.
    ColumnMapping.fromMap(ctx.config().lablog().mapping());
    Pseudonymizer.withKey(ctx.config().lablog().pseudonymizationKey());
    Dataset<Row> files = RawIngest.listFiles(ctx.spark(), ctx.input(), partitions);
    long fileCount = files.count();
    report.count("input files", fileCount);
    // Parsed once, split into four tables: keep the parse result instead of re-reading files.
    Dataset<Row> envelope = RawIngest.read(files, ctx.config().ingest().maxFileBytes(),
            ctx.config().ingest().limits(),
            ctx.config().lablog().mapping(), ctx.config().lablog().pseudonymizationKey())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      for (String table : TABLES) {
        Dataset<Row> rows = RawIngest.table(envelope, table);
        report.count("raw/" + table, table.equals("quarantine")
            ? Tables.writeQuarantine(rows, ctx.out().raw(table), name())
            : Tables.write(rows, ctx.out().raw(table)));
      }
    } finally {
      envelope.unpersist();
    }
    for (Row r : Tables.readQuarantine(ctx.spark(), ctx.out().raw("quarantine"))
        .where("stage = 'ingest'").groupBy("reason").count().collectAsList()) {
      report.reason(r.getString(0), r.getLong(1));
    }
    long rejected = report.counts().get("raw/quarantine");
    if (rejected > 0 && ctx.config().ingest().failOnReject()) {
      report.failure(rejected + " inputs were rejected and ingest.fail_on_reject is set; "
          + "see " + ctx.out().raw("quarantine"));
    }
    return report.build(0);
  }

  // Resume: what this stage reads and writes (see Stage).

  @Override
  public java.util.List<String> inputs() {
    return java.util.List.of(INPUT);
  }

  @Override
  public java.util.List<String> outputs() {
    return java.util.Arrays.stream(TABLES)
        .map(t -> t.equals("quarantine") ? "raw/quarantine/stage=" + name() : "raw/" + t)
        .toList();
  }

  @Override
  public java.util.List<String> configSections() {
    return java.util.List.of("ingest", "lablog");
  }
}
