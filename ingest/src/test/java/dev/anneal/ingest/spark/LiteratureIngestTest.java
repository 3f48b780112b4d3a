package dev.anneal.ingest.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.literature.LiteratureCorpus;
import dev.anneal.ingest.testing.LocalSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The literature corpus and broken PDFs through the Spark ingest: a run that completes. */
class LiteratureIngestTest {

  @TempDir
  Path input;

  @Test
  void everyPaperBecomesADocumentAndBrokenPdfsAreQuarantined() throws Exception {
    for (String f : List.of("jats/PMC5828200.nxml", "jats/PMC6398430.nxml",
        "jats/PMC7417471.nxml", "pdf/2020.acl-main.207.pdf", "pdf/N18-3011.pdf",
        "latex/1911.02782.tar.gz")) {
      Path source = LiteratureCorpus.file(f);
      Files.copy(source, input.resolve(source.getFileName()));
    }
    Files.write(input.resolve("encrypted.pdf"),
        dev.anneal.ingest.literature.tika.PdfFixturesAccess.encrypted());
    Files.write(input.resolve("scan.pdf"), dev.anneal.ingest.literature.tika.PdfFixturesAccess.blank());
    Files.write(input.resolve("broken.pdf"), dev.anneal.ingest.literature.tika.PdfFixturesAccess.garbage());

    Dataset<Row> envelope = RawIngest.read(
        RawIngest.listFiles(LocalSpark.get(), input.toString(), 2), 256L << 20, Map.of(), "literature-test-key-0123")
        .cache();
    List<Row> docs = RawIngest.table(envelope, "documents").collectAsList();
    assertEquals(6, docs.size());
    Set<String> formats = new TreeSet<>();
    for (Row d : docs) {
      formats.add(d.getAs("format"));
      assertFalse(((String) d.getAs("title")).isBlank());
      assertEquals("en", d.getAs("language"), (String) d.getAs("source_uri"));
    }
    assertEquals(Set.of("jats", "latex", "pdf"), formats);
    Dataset<Row> paragraphs = RawIngest.table(envelope, "paragraphs");
    assertEquals(Set.of("abstract", "body", "caption"), new TreeSet<>(paragraphs
        .select("kind").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList()));
    assertEquals(6, paragraphs.select("doc_id").distinct().count());
    assertTrue(paragraphs.count() > 6 * 20);
    List<String> reasons = RawIngest.table(envelope, "quarantine").select("reason")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
    assertEquals(List.of("pdf.corrupt", "pdf.encrypted", "pdf.no_text"), reasons);
    envelope.unpersist();
  }
}
