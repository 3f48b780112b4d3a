package dev.anneal.ingest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.FileIngestor;
import dev.anneal.ingest.IngestLimits;
import dev.anneal.ingest.IngestedFile;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.lablog.ColumnMapping;
import dev.anneal.ingest.lablog.Pseudonymizer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits of {@code ingest.limits} hold while reading: each one set low quarantines a file
 * the defaults read, with the limit's own reason, and the file is quarantined whole.
 */
class FileLimitsTest {

  private static final String CIF = "data_NaCl\n_cell_length_a 5.64\n_cell_length_b 5.64\n"
      + "_cell_length_c 5.64\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n"
      + "_symmetry_space_group_name_H-M 'P 1'\nloop_\n_atom_site_label\n_atom_site_type_symbol\n"
      + "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa1 Na 0 0 0\nCl1 Cl 0.5 0.5 0.5\n";

  /** A metal-units LAMMPS log with {@code rows} thermo rows. */
  private static String lammpsLog(int rows) {
    StringBuilder b = new StringBuilder("LAMMPS (2 Aug 2023)\nunits metal\nrun " + rows + "\n"
        + "Per MPI rank memory allocation (min/avg/max) = 4.1 | 4.1 | 4.1 Mbytes\n"
        + "   Step         PotEng\n");
    for (int i = 0; i < rows; i++) {
      b.append("   ").append(i).append("   -108.").append(i % 10).append('\n');
    }
    return b.append("Loop time of 0.01 on 1 procs for ").append(rows)
        .append(" steps with 32 atoms\n\nTotal wall time: 0:00:01\n").toString();
  }

  private static IngestLimits limits(int xmlDepth, double minEdge, long steps, long seconds) {
    IngestLimits d = IngestLimits.defaults();
    return new IngestLimits(xmlDepth, d.keyValueLineChars(), minEdge, d.cellEdgeMaxAngstrom(),
        d.densityMinGCm3(), d.densityMaxGCm3(), steps, seconds, d.archiveMaxMemberBytes(),
        d.archiveMaxMembers(), d.archiveMaxDepth(), d.archiveMaxRatio());
  }

  private static FileIngestor ingestor(IngestLimits limits) {
    return new FileIngestor(8L << 20, limits, ColumnMapping.automatic(),
        Pseudonymizer.withDefaultKey());
  }

  private static IngestedFile read(FileIngestor ingestor, String name, InputStream in) {
    Iterator<IngestedFile> it = ingestor.ingestAll(new SourceFile("file:/in/" + name, -1), in);
    IngestedFile all = new IngestedFile();
    it.forEachRemaining(all::addAll);
    return all;
  }

  private static IngestedFile read(FileIngestor ingestor, String name, String text) {
    return read(ingestor, name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> reasons(IngestedFile f) {
    List<String> out = new ArrayList<>();
    f.rejections().forEach(r -> out.add(r.reason()));
    return out;
  }

  @Test
  void aStreamedLogWithMoreThermoRowsThanTheCapIsQuarantinedWhole() {
    String log = lammpsLog(50);
    IngestedFile read = read(ingestor(IngestLimits.defaults()), "log.lammps", log);
    assertEquals(List.of(), reasons(read));
    assertEquals(1, read.calculations().size());
    IngestedFile capped = read(ingestor(limits(256, 0.5, 20, 600)), "log.lammps", log);
    assertEquals(List.of("file.too_many_records"), reasons(capped));
    assertTrue(capped.calculations().isEmpty(), "no calculation cut short is kept");
    assertTrue(capped.rejections().get(0).message().contains("max_steps_per_file"));
  }

  @Test
  void aFileThatIsReadPastTheDeadlineIsQuarantinedAsTimeout() {
    // A source that delivers 4 KiB per read and waits 50 ms before each (a slow mount): the
    // 2 MB log would take about 25 s, the limit is 1 s. The time is never asserted, only that
    // the limit's reason is given and no half-read calculation is kept.
    byte[] log = lammpsLog(100_000).getBytes(StandardCharsets.US_ASCII);
    ByteArrayInputStream slow = new ByteArrayInputStream(log) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return super.read(b, off, Math.min(len, 4096));
      }
    };
    IngestedFile f = read(ingestor(limits(256, 0.5, 1_000_000, 1)), "log.lammps", slow);
    assertEquals(List.of("file.timeout"), reasons(f));
    assertTrue(f.calculations().isEmpty());
    assertTrue(slow.available() > 0, "reading stopped before the end of the file");
  }

  @Test
  void theNextFileAfterALimitIsReadNormally() {
    FileIngestor ingestor = ingestor(limits(256, 0.5, 20, 600));
    assertEquals(List.of("file.too_many_records"),
        reasons(read(ingestor, "log.lammps", lammpsLog(50))));
    IngestedFile next = read(ingestor, "small.log.lammps", lammpsLog(5));
    assertEquals(List.of(), reasons(next));
    assertEquals(5, next.calculations().get(0).series().get("PotEng").length);
  }

  @Test
  void theXmlDepthLimitIsConfigured() {
    String xml = "<?xml version=\"1.0\"?>\n<article dtd-version=\"1.2\"><body>"
        + "<sec>".repeat(20) + "<p>Twenty sections deep is a real if odd article.</p>"
        + "</sec>".repeat(20) + "</body></article>\n";
    assertEquals(List.of(), reasons(read(ingestor(IngestLimits.defaults()), "a.nxml", xml)));
    IngestedFile f = read(ingestor(limits(10, 0.5, 1_000_000, 600)), "a.nxml", xml);
    assertEquals(List.of("jats.too_deep"), reasons(f));
    assertTrue(f.rejections().get(0).message().contains("more than 10 deep"));
  }

  @Test
  void thePlausibilityBoundsAreConfigured() {
    assertEquals(1, read(ingestor(IngestLimits.defaults()), "a.cif", CIF).structures().size());
    IngestedFile f = read(ingestor(limits(256, 6.0, 1_000_000, 600)), "a.cif", CIF);
    assertEquals(List.of("structure.implausible_cell"), reasons(f));
  }

  @Test
  void nonsensicalLimitsAreRefusedWhenTheIngestorIsBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ingestor(limits(0, 0.5, 1, 1)));
    assertTrue(e.getMessage().contains("xml_max_depth"), e.getMessage());
  }
}
