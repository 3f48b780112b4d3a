package dev.anneal.ingest.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;

/** Archives are opened member by member; member paths are kept; damage keeps what came before. */
class ArchiveIngestTest {

  private static final String NACL = """
      data_NaCl
      _cell_length_a 5.6402
      _cell_length_b 5.6402
      _cell_length_c 5.6402
      _cell_angle_alpha 90
      _cell_angle_beta 90
      _cell_angle_gamma 90
      _symmetry_space_group_name_H-M 'F m -3 m'
      _symmetry_Int_Tables_number 225
      loop_
      _atom_site_label
      _atom_site_type_symbol
      _atom_site_fract_x
      _atom_site_fract_y
      _atom_site_fract_z
      Na1 Na 0 0 0
      Cl1 Cl 0.5 0.5 0.5
      """;
  private static final String PAPER = "# A paper\n\nLiFePO4 was calcined at 700 °C.\n";

  private static Map<String, byte[]> members() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("set/NaCl.cif", NACL.getBytes(StandardCharsets.UTF_8));
    m.put("set/papers/p1.md", PAPER.getBytes(StandardCharsets.UTF_8));
    m.put("set/empty.txt", new byte[0]);
    return m;
  }

  /** A tar (gzipped if {@code gzip}) of {@code members}, in their map order. */
  static byte[] tar(Map<String, byte[]> members, boolean gzip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream sink = gzip ? new GzipCompressorOutputStream(bytes) : bytes;
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(sink)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> e : members.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : members.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static List<IngestedFile> ingest(String name, byte[] content) {
    Iterator<IngestedFile> it = new FileIngestor(1 << 20).ingestAll(
        new SourceFile("file:/in/" + name, content.length), new ByteArrayInputStream(content));
    List<IngestedFile> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static void assertMembersRead(List<IngestedFile> results, String archive) {
    assertEquals(3, results.size());
    assertEquals("file:/in/" + archive + "!/set/NaCl.cif",
        results.get(0).structures().get(0).sourceUri());
    assertEquals("NaCl", results.get(0).structures().get(0).composition().reducedFormula());
    assertEquals(8, results.get(0).structures().get(0).nsites());
    assertEquals("file:/in/" + archive + "!/set/papers/p1.md",
        results.get(1).documents().get(0).document().sourceUri());
    Rejection empty = results.get(2).rejections().get(0);
    assertEquals("file.empty", empty.reason());
    assertEquals("file:/in/" + archive + "!/set/empty.txt", empty.sourceUri());
  }

  @Test
  void tarGzMembersAreReadWithTheirPaths() throws IOException {
    assertMembersRead(ingest("set.tar.gz", tar(members(), true)), "set.tar.gz");
  }

  @Test
  void zipMembersAreReadWithTheirPaths() throws IOException {
    assertMembersRead(ingest("set.zip", zip(members())), "set.zip");
  }

  @Test
  void singleGzipAndXzFilesAreReadUnderTheirInnerName() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GzipCompressorOutputStream(gz)) {
      out.write(NACL.getBytes(StandardCharsets.UTF_8));
    }
    List<IngestedFile> r = ingest("NaCl.cif.gz", gz.toByteArray());
    assertEquals("file:/in/NaCl.cif.gz!/NaCl.cif", r.get(0).structures().get(0).sourceUri());

    ByteArrayOutputStream xz = new ByteArrayOutputStream();
    try (OutputStream out = new XZCompressorOutputStream(xz)) {
      out.write(PAPER.getBytes(StandardCharsets.UTF_8));
    }
    List<IngestedFile> x = ingest("p1.md.xz", xz.toByteArray());
    assertEquals("A paper", x.get(0).documents().get(0).document().title());
  }

  @Test
  void anArchiveInsideAnArchiveIsOpenedToo() throws IOException {
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("inner.zip", zip(members()));
    List<IngestedFile> r = ingest("outer.tar", tar(outer, false));
    assertEquals(3, r.size());
    assertEquals("file:/in/outer.tar!/inner.zip!/set/NaCl.cif",
        r.get(0).structures().get(0).sourceUri());
  }

  @Test
  void aTruncatedArchiveKeepsItsGoodMembersAndSaysWhereItBroke() throws IOException {
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      many.put("set/s" + i + ".cif", NACL.replace("data_NaCl", "data_s" + i)
          .getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = tar(many, true);
    List<IngestedFile> r = ingest("cut.tar.gz", Arrays.copyOf(whole, whole.length / 2));
    long structures = r.stream().mapToLong(f -> f.structures().size()).sum();
    assertTrue(structures > 0 && structures < 40, "read " + structures + " of 40 before the cut");
    Rejection last = r.get(r.size() - 1).rejections().get(0);
    assertTrue(last.reason().equals("archive.corrupt") || last.reason().startsWith("cif."),
        last.toString());
    assertTrue(r.stream().flatMap(f -> f.rejections().stream())
        .anyMatch(x -> x.reason().equals("archive.corrupt")
            && x.message().contains("after member")), "the cut is reported with its position");
  }

  @Test
  void garbageNamedLikeAnArchiveIsQuarantined() {
    List<IngestedFile> r = ingest("fake.tar.gz", "not a gzip".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.size());
    assertEquals("archive.corrupt", r.get(0).rejections().get(0).reason());
    assertEquals("file:/in/fake.tar.gz", r.get(0).rejections().get(0).sourceUri());
  }
}
