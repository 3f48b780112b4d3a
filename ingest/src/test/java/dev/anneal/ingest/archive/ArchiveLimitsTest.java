package dev.anneal.ingest.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestLimits;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.testing.IngestAll;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Archive members are refused while streaming (too large, too many, too deep, a bomb), each with
 * its reason and the members before it kept; containers are opened by their magic bytes wherever
 * they are nested, whatever they are called. The fixtures are written here, small.
 */
class ArchiveLimitsTest {

  private static final String CIF = "data_NaCl\n_cell_length_a 5.64\n_cell_length_b 5.64\n"
      + "_cell_length_c 5.64\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n"
      + "_symmetry_space_group_name_H-M 'P 1'\nloop_\n_atom_site_label\n_atom_site_type_symbol\n"
      + "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa1 Na 0 0 0\nCl1 Cl 0.5 0.5 0.5\n";

  private static byte[] cif() {
    return CIF.getBytes(StandardCharsets.UTF_8);
  }

  private static IngestLimits limits(long memberBytes, long members, int depth, long ratio) {
    IngestLimits d = IngestLimits.defaults();
    return new IngestLimits(d.xmlMaxDepth(), d.keyValueLineChars(), d.cellEdgeMinAngstrom(),
        d.cellEdgeMaxAngstrom(), d.densityMinGCm3(), d.densityMaxGCm3(), d.maxStepsPerFile(),
        d.secondsPerFile(), memberBytes, members, depth, ratio);
  }

  private static IngestedFile read(IngestLimits limits, String name, byte[] content) {
    FileIngestor ingestor = new FileIngestor(64L << 20, limits, ColumnMapping.automatic(),
        Pseudonymizer.withDefaultKey());
    return IngestAll.read(ingestor, name, content);
  }



  /** A zip written as a stream: sizes are in data descriptors after the data, not in headers. */
  static byte[] streamedZip(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream unseekable = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
      }
    };
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(unseekable)) {
      for (Map.Entry<String, byte[]> e : members.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GzipCompressorOutputStream(bytes)) {
      gz.write(content);
    }
    return bytes.toByteArray();
  }

  static byte[] xz(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream xz = new XZCompressorOutputStream(bytes)) {
      xz.write(content);
    }
    return bytes.toByteArray();
  }

  static byte[] bzip2(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream bz = new BZip2CompressorOutputStream(bytes)) {
      bz.write(content);
    }
    return bytes.toByteArray();
  }

  @Test
  void aTarMemberDeclaringMoreThanTheCapIsRefusedUnreadAndTheOthersAreRead() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("a.cif", cif());
    m.put("big.md", ("# Big\n\n" + "words ".repeat(2000)).getBytes(StandardCharsets.UTF_8));
    m.put("b.cif", cif());
    IngestedFile f = read(limits(4096, 1000, 3, 200), "set.tar", ArchiveIngestTest.tar(m, false));
    assertEquals(List.of("archive.member_too_large"), IngestAll.reasons(f));
    assertEquals("file:/in/set.tar!/big.md", f.rejections().get(0).sourceUri());
    assertEquals(2, f.structures().size());
    assertTrue(f.documents().isEmpty(), "the big member is not read");
  }

  @Test
  void aStreamedZipMemberOverTheCapIsRefusedWhileItIsRead() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("big.md", ("# Big\n\n" + "words ".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
    m.put("a.cif", cif());
    IngestedFile f = read(limits(8192, 1000, 3, 100_000), "set.zip", streamedZip(m));
    assertEquals(List.of("archive.member_too_large"), IngestAll.reasons(f));
    assertTrue(f.rejections().get(0).message().contains("holds more than 8192 bytes"));
    assertEquals(1, f.structures().size(), "the member after the refused one is read");
  }

  @Test
  void membersBeyondTheCountAreNotReadAndSaySo() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      m.put("s" + i + ".cif", cif());
    }
    IngestedFile f = read(limits(1 << 20, 3, 3, 200), "set.tar", ArchiveIngestTest.tar(m, false));
    assertEquals(List.of("archive.too_many_members"), IngestAll.reasons(f));
    assertEquals(3, f.structures().size());
    assertEquals("after member 3", f.rejections().get(0).location());
  }

  @Test
  void aGzipBombIsStoppedByTheExpansionRatio() throws IOException {
    byte[] bomb = gzip(new byte[8 << 20]);  // 8 MiB of zeros compress to about 8 KiB
    IngestedFile f = read(limits(64L << 20, 1000, 3, 200), "zeros.txt.gz", bomb);
    assertEquals(List.of("archive.ratio_exceeded"), IngestAll.reasons(f));
    assertEquals(0, f.recordCount());
    // The same bytes under a ratio the data meets are read to the end (and are only NULs).
    IngestedFile lenient = read(limits(64L << 20, 1000, 3, 10_000), "zeros.txt.gz", bomb);
    assertEquals(List.of("file.binary"), IngestAll.reasons(lenient));
  }

  @Test
  void archivesNestedDeeperThanTheLimitAreNotOpened() throws IOException {
    byte[] inner = ArchiveIngestTest.tar(Map.of("a.cif", cif()), false);
    byte[] middle = ArchiveIngestTest.tar(Map.of("inner.tar", inner), false);
    byte[] outer = gzip(middle);
    assertEquals(1, read(limits(1 << 20, 1000, 3, 200), "set.tar.gz", outer).structures().size());
    IngestedFile f = read(limits(1 << 20, 1000, 1, 200), "set.tar.gz", outer);
    assertEquals(List.of("archive.too_deep"), IngestAll.reasons(f));
    assertEquals("file:/in/set.tar.gz!/inner.tar", f.rejections().get(0).sourceUri());
  }

  @Test
  void containersAreOpenedByTheirMagicWhereverNestedWhateverTheirName() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("zipped.dat", streamedZip(Map.of("z.cif", cif())));
    m.put("gzipped", gzip(cif()));
    m.put("xz-compressed.bin", xz(cif()));
    m.put("bzipped.raw", bzip2(cif()));
    m.put("tarred.data", ArchiveIngestTest.tar(Map.of("t.cif", cif()), false));
    IngestedFile f = read(IngestLimits.defaults(), "bundle.tar", ArchiveIngestTest.tar(m, false));
    assertEquals(List.of(), IngestAll.reasons(f));
    assertEquals(5, f.structures().size());
    List<String> sources = new ArrayList<>();
    f.structures().forEach(s -> sources.add(s.sourceUri()));
    assertTrue(sources.contains("file:/in/bundle.tar!/zipped.dat!/z.cif"), sources.toString());
    assertTrue(sources.contains("file:/in/bundle.tar!/tarred.data!/t.cif"), sources.toString());
  }
}
