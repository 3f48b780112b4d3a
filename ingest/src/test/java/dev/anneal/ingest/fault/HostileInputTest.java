package dev.anneal.ingest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.testing.IngestAll;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inputs of issue #20 that ended a run, read through the real ingestor: each is now
 * quarantined with its reason, and no exception leaves the ingestor.
 */
class HostileInputTest {

  private final FileIngestor ingestor = new FileIngestor(8L << 20);

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + name)) {
      return in.readAllBytes();
    }
  }

  private IngestedFile read(String name, byte[] content) {
    return IngestAll.read(ingestor, name, content);
  }


  @Test
  void vasprunWithANonElementAtomTypeIsQuarantinedAsUnknownElement() throws IOException {
    IngestedFile f = read("vasprun.xml", fixture("vasprun_unknown_element.xml"));
    assertEquals(List.of("vasp.unknown_element"), IngestAll.reasons(f));
    assertTrue(f.calculations().isEmpty());
    assertTrue(f.rejections().get(0).message().contains("'Qx'"), f.rejections().get(0).message());
  }

  @Test
  void deeplyNestedJatsIsQuarantinedAsTooDeepNotAStackOverflow() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<article dtd-version=\"1.2\"><body>");
    int depth = 20_000;
    xml.append("<sec>".repeat(depth)).append("<p>deep</p>").append("</sec>".repeat(depth));
    xml.append("</body></article>\n");
    IngestedFile f = read("deep.nxml", xml.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("jats.too_deep"), IngestAll.reasons(f));
    assertTrue(f.documents().isEmpty());
  }

  @Test
  void cifCellOf1e308IsQuarantinedAsImplausibleNotInfiniteVolume() throws IOException {
    IngestedFile f = read("cell.cif", fixture("cif_cell_1e308.cif"));
    assertEquals(List.of("structure.implausible_cell"), IngestAll.reasons(f));
    assertTrue(f.structures().isEmpty());
  }

  @Test
  void cifCellOf1eMinus300IsQuarantinedNotAGiganticDensity() throws IOException {
    IngestedFile f = read("cell.cif", fixture("cif_cell_1e-300.cif"));
    assertEquals(1, f.rejections().size(), IngestAll.reasons(f).toString());
    assertTrue(f.rejections().get(0).reason().startsWith("structure.implausible_"),
        IngestAll.reasons(f).toString());
    assertTrue(f.structures().isEmpty());
  }

  @Test
  void theSameCellWithPlausibleNumbersIsRead() throws IOException {
    String good = new String(fixture("cif_cell_1e308.cif"), StandardCharsets.UTF_8)
        .replace("1e308", "5.64");
    IngestedFile f = read("cell.cif", good.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), IngestAll.reasons(f));
    assertEquals(1, f.structures().size());
  }

  @Test
  void aStackOverflowInAReaderBecomesAnInternalQuarantineRow() {
    Iterator<IngestedFile> failing = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public IngestedFile next() {
        return recurse(0);
      }

      private IngestedFile recurse(int n) {
        return n < 0 ? null : recurse(n + 1);
      }
    };
    GuardedIterator<IngestedFile> guarded = new GuardedIterator<>(failing, t -> {
      IngestedFile out = new IngestedFile();
      out.rejections().add(Faults.rejection("ingest", "file:/in/x", "", "reading", t, ""));
      return out;
    });
    assertTrue(guarded.hasNext());
    Rejection r = guarded.next().rejections().get(0);
    assertEquals(Faults.STACK_OVERFLOW, r.reason());
    assertTrue(r.message().contains("java.lang.StackOverflowError"), r.message());
    assertTrue(!guarded.hasNext(), "the guarded iterator ends after its failure");
  }

  @Test
  void outOfMemoryIsNotSwallowed() {
    assertTrue(Faults.fatal(new OutOfMemoryError("test")));
    assertTrue(!Faults.fatal(new StackOverflowError()));
    assertTrue(!Faults.fatal(new IllegalArgumentException()));
  }

  private static final String CIF = "data_NaCl\n_cell_length_a 5.64\n_cell_length_b 5.64\n"
      + "_cell_length_c 5.64\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n"
      + "_symmetry_space_group_name_H-M 'P 1'\nloop_\n_atom_site_label\n_atom_site_type_symbol\n"
      + "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa1 Na 0 0 0\nCl1 Cl 0.5 0.5 0.5\n";

  @Test
  void aCifAfter8KbOfWhitespaceIsReadNotEmpty() {
    IngestedFile f = read("padded.cif", (" \n".repeat(6000) + CIF).getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), IngestAll.reasons(f));
    assertEquals(1, f.structures().size());
  }

  @Test
  void utf16TextIsReadAsTextNotBinary() {
    byte[] le = ("\uFEFF" + CIF).getBytes(StandardCharsets.UTF_16LE);
    IngestedFile f = read("wide.cif", le);
    assertEquals(List.of(), IngestAll.reasons(f));
    assertEquals(1, f.structures().size());
    IngestedFile md = read("notes.md", "# Notes\n\nNaCl was annealed at 850 C for 12 h.\n"
        .getBytes(StandardCharsets.UTF_16BE));
    assertEquals(List.of(), IngestAll.reasons(md));
    assertEquals(1, md.documents().size());
  }

  @Test
  void aVasprunRenamedIsStillAVasprun() throws IOException {
    IngestedFile f = read("run.scstep", fixture("vasprun_unknown_element.xml"));
    assertEquals(List.of("vasp.unknown_element"), IngestAll.reasons(f), "read as a vasprun by its content");
  }

  @Test
  void aTarSymlinkMemberIsQuarantinedAsALinkAndTheRegularMemberIsRead() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(bytes)) {
      var link = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("passwd.txt",
          org.apache.commons.compress.archivers.tar.TarConstants.LF_SYMLINK);
      link.setLinkName("/etc/passwd");
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
      byte[] cif = CIF.getBytes(StandardCharsets.UTF_8);
      var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("NaCl.cif");
      entry.setSize(cif.length);
      tar.putArchiveEntry(entry);
      tar.write(cif);
      tar.closeArchiveEntry();
    }
    IngestedFile f = read("bundle.tar", bytes.toByteArray());
    assertEquals(List.of("archive.link_member"), IngestAll.reasons(f));
    assertEquals(1, f.structures().size());
  }

  @Test
  void aTarInsideAGzipIsOpenedByItsMagicWhateverItsName() throws IOException {
    java.io.ByteArrayOutputStream tarBytes = new java.io.ByteArrayOutputStream();
    try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(tarBytes)) {
      byte[] cif = CIF.getBytes(StandardCharsets.UTF_8);
      var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("NaCl.cif");
      entry.setSize(cif.length);
      tar.putArchiveEntry(entry);
      tar.write(cif);
      tar.closeArchiveEntry();
    }
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(tarBytes.toByteArray());
    }
    IngestedFile f = read("OUTCAR.gz", gz.toByteArray());
    assertEquals(List.of(), IngestAll.reasons(f));
    assertEquals(1, f.structures().size());
  }

  @Test
  void aLabLogCutInsideItsHeaderIsQuarantinedNotSilentlyDropped() {
    // Found by the fuzz harness: truncation of examples/corpus/lablog/furnace_log.csv.
    IngestedFile f = read("furnace_log.csv", "sample_id,furnace,tempe".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, f.rejections().size(), IngestAll.reasons(f).toString());
    assertEquals(0, f.recordCount());
  }
}
