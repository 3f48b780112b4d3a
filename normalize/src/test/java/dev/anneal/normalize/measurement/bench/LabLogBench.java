package dev.anneal.normalize.measurement.bench;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.CsvLabLogReader;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.lablog.Pseudonymizer;
import dev.anneal.normalize.measurement.MeasurementNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Rows per second of the CSV lab-log path on one thread: decoding, splitting, column mapping,
 * pseudonymization ({@link CsvLabLogReader}) and interpretation ({@link MeasurementNormalizer}),
 * over one file read again and again from memory. Usage: {@code LabLogBench file [files-per-round]
 * [rounds]}; see docs/benchmarks.md.
 */
public final class LabLogBench {

  private LabLogBench() {
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    byte[] bytes = Files.readAllBytes(file);
    CsvLabLogReader reader = new CsvLabLogReader(ColumnMapping.automatic(),
        Pseudonymizer.withDefaultKey());
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long rows = 0;
      long t0 = System.nanoTime();
      for (int i = 0; i < perRound; i++) {
        ParseResult<LabRecord> read = reader.parse(new SourceFile(file + "#" + i, bytes.length),
            new ByteArrayInputStream(bytes));
        MeasurementNormalizer.Result r = MeasurementNormalizer.normalize(read.records());
        rows += read.records().size() + read.rejections().size();
        sink += r.measurements().size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "round %d%s: %d rows in %.2f s = %,.0f rows/s%n", round,
          round == 0 ? " (warm-up)" : "", rows, s, rows / s);
    }
    System.out.println("measurements kept: " + sink);
  }
}
