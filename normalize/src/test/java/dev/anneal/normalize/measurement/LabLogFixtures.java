package dev.anneal.normalize.measurement;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.CsvLabLogReader;
import dev.anneal.ingest.lablog.LabRecord;
import dev.anneal.ingest.lablog.Pseudonymizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads CSV text or files through the real reader, for normalizer tests. */
final class LabLogFixtures {

  static final CsvLabLogReader CSV =
      new CsvLabLogReader(ColumnMapping.automatic(), Pseudonymizer.withDefaultKey());

  private LabLogFixtures() {
  }

  static ParseResult<LabRecord> csv(String text) {
    return csv(CSV, text);
  }

  static ParseResult<LabRecord> csv(CsvLabLogReader reader, String text) {
    try {
      return reader.parse(new SourceFile("test.csv", text.length()),
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static ParseResult<LabRecord> csv(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CSV.parse(new SourceFile(file.toString(), Files.size(file)), in);
    }
  }

  static MeasurementNormalizer.Result normalize(String text) {
    return MeasurementNormalizer.normalize(csv(text).records());
  }
}
