package dev.anneal.jobs.stage;

import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.ingest.spark.RawIngest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
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
    // Listed on the driver and cut into partitions there: the count needs no Spark job.
    RawIngest.Listing listing = RawIngest.list(ctx.spark(), ctx.input(), partitions,
        ctx.config().ingest().followLinks());
    report.count("input files", listing.count());
    // Parsed once, split into the tables: keep the parse result instead of re-reading files.
    Dataset<Row> envelope = RawIngest.read(listing.files(), ctx.config().ingest().maxFileBytes(),
            ctx.config().ingest().limits(),
            ctx.config().lablog().mapping(), ctx.config().lablog().pseudonymizationKey())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // One job reads every file into the cache and counts each table's rows and each
      // quarantine reason; a table with no rows is then written from an empty frame of its
      // schema instead of scanning the cache again, and no table is read back to be counted.
      Map<String, Long> counts = new HashMap<>();
      Map<String, Long> reasons = new TreeMap<>();
      for (Row r : envelope.groupBy(envelope.col("table"), envelope.col("quarantine.reason"))
          .count().collectAsList()) {
        counts.merge(r.getString(0), r.getLong(2), Long::sum);
        if ("quarantine".equals(r.getString(0))) {
          reasons.put(r.getString(1), r.getLong(2));
        }
      }
      for (String table : TABLES) {
        long n = counts.getOrDefault(table, 0L);
        Dataset<Row> rows = RawIngest.table(envelope, table);
        if (n == 0) {
          rows = ctx.spark().createDataFrame(List.<Row>of(), rows.schema());
        }
        if (table.equals("quarantine")) {
          report.count("raw/" + table, Tables.writeQuarantine(rows, ctx.out().raw(table), name()));
        } else {
          rows.write().mode(SaveMode.Overwrite).option("compression", "zstd")
              .parquet(ctx.out().raw(table));
          Tables.stabilize(ctx.spark(), ctx.out().raw(table));
          report.count("raw/" + table, n);
        }
      }
      reasons.forEach(report::reason);
    } finally {
      envelope.unpersist();
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
