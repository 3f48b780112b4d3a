package dev.anneal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileIngestorTest {

  private final FileIngestor ingestor = new FileIngestor(1024);

  private IngestedFile ingest(String name, byte[] content) {
    return ingestor.ingest(new SourceFile("file:/in/" + name, content.length),
        new ByteArrayInputStream(content));
  }

  @Test
  void emptyFileIsQuarantinedAsEmpty() {
    IngestedFile r = ingest("empty.txt", new byte[0]);
    assertEquals(0, r.recordCount());
    assertEquals("file.empty", r.rejections().get(0).reason());
    assertEquals("file:/in/empty.txt", r.rejections().get(0).sourceUri());
  }

  @Test
  void binaryFileIsQuarantinedWithAPrintableSample() {
    IngestedFile r = ingest("blob.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 0x7f, 'x'});
    Rejection rejection = r.rejections().get(0);
    assertEquals("file.binary", rejection.reason());
    assertTrue(rejection.sample().startsWith("PK\\x03\\x04\\x00"), rejection.sample());
  }

  @Test
  void oversizedFileIsQuarantinedUnparsed() {
    byte[] big = "a".repeat(2000).getBytes(StandardCharsets.UTF_8);
    assertEquals("file.too_large", ingest("big.txt", big).rejections().get(0).reason());
  }

  @Test
  void unsupportedFormatIsNamed() {
    IngestedFile r = ingest("scf.in", "&control\n/\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("file.unsupported_format", r.rejections().get(0).reason());
    assertTrue(r.rejections().get(0).message().contains("'in'"), r.rejections().get(0).message());
  }

  @Test
  void unreadableStreamIsQuarantinedNotThrown() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk on fire");
      }
    };
    IngestedFile r = ingestor.ingest(new SourceFile("file:/in/x.md", 10), failing);
    assertEquals("file.unreadable", r.rejections().get(0).reason());
    assertTrue(r.rejections().get(0).message().contains("disk on fire"));
  }

  @Test
  void filesInsideANotebookExportGoToTheirReadersAndOtherAttachmentsAreCounted()
      throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var zip = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bytes)) {
      String[][] members = {
          {"crate/ro-crate-metadata.json", "{\"@context\": \"https://w3id.org/ro/crate/1.1/context\","
              + " \"@graph\": []}"},
          {"crate/sample1/MgB2.cif", "data_MgB2\n_cell_length_a 3.086\n_cell_length_b 3.086\n"
              + "_cell_length_c 3.524\n_cell_angle_alpha 90\n_cell_angle_beta 90\n"
              + "_cell_angle_gamma 120\n_symmetry_space_group_name_H-M 'P 6/m m m'\nloop_\n"
              + "_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
              + "Mg1 0 0 0\nB1 0.33333 0.66667 0.5\n"},
          {"crate/sample1/photo.png", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR"}};
      for (String[] m : members) {
        zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(m[0]));
        zip.write(m[1].getBytes(StandardCharsets.ISO_8859_1));
        zip.closeArchiveEntry();
      }
    }
    IngestedFile r = ingest("export.eln", bytes.toByteArray());
    assertEquals(1, r.structures().size());
    assertEquals("file:/in/export.eln!/crate/sample1/MgB2.cif", r.structures().get(0).sourceUri());
    assertEquals("MgB2", r.structures().get(0).composition().reducedFormula());
    Rejection png = r.rejections().stream().filter(x -> x.sourceUri().endsWith("photo.png"))
        .findFirst().orElseThrow();
    assertEquals("eln.attachment_unread", png.reason());
  }

  @Test
  void markdownBecomesADocumentWithParagraphs() {
    IngestedFile r = ingest("p.md", "# T\n\nOne.\n\nTwo.\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.documents().size());
    assertEquals(2, r.documents().get(0).paragraphs().size());
    assertTrue(r.rejections().isEmpty());
  }
}
