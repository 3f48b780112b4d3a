package dev.anneal.ingest.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.simulation.lammps.LammpsLogParser;
import dev.anneal.ingest.simulation.qe.PwOutputParser;
import dev.anneal.ingest.simulation.vasp.OutcarParser;
import dev.anneal.ingest.simulation.vasp.VasprunParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real corpus file cut at 10 %, 50 % and 90 % of its bytes (as a killed job leaves it)
 * reads to the complete part (a partial, unconverged calculation; for LAMMPS the runs before the
 * cut and the cut run) plus one {@code *.truncated} quarantine rejection naming the last line,
 * and never throws.
 */
class SimulationTruncationTest {

  static Object[][] files() {
    Supplier<RecordParser<Calculation>> vasprun = VasprunParser::new;
    Supplier<RecordParser<Calculation>> outcar = OutcarParser::new;
    Supplier<RecordParser<Calculation>> qe = PwOutputParser::new;
    Supplier<RecordParser<Calculation>> lammps = LammpsLogParser::new;
    return new Object[][] {
        {"vasp/Sr3PbO_relax_vasprun.xml", vasprun, "vasprun.truncated"},
        {"vasp/vasprun_dfpt.xml", vasprun, "vasprun.truncated"},
        {"vasp/OUTCAR_example_1", outcar, "outcar.truncated"},
        {"qe/BAs_scf.out", qe, "qe.truncated"},
        {"lammps/bcc_custom_thermo.log.lammps", lammps, "lammps.truncated"},
        {"lammps/bcc_multi_then_custom.log.lammps", lammps, "lammps.truncated"},
        {"lammps/fcc_thermo_multi.log.lammps", lammps, "lammps.truncated"},
        {"lammps/tests.log.lammps", lammps, "lammps.truncated"},
    };
  }

  /**
   * Every file at every 1/40 of its length before its end marker: always exactly one truncation rejection, never an
   * exception. (A cut that only drops the final newline leaves a complete file, so it is not here.)
   */
  static Stream<Arguments> sweep() {
    Stream.Builder<Arguments> out = Stream.builder();
    for (Object[] f : files()) {
      out.add(Arguments.of(f[0], f[1], f[2]));
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sweep")
  void everyCutIsQuarantinedAsTruncated(String file, Supplier<RecordParser<Calculation>> parser,
      String reason) throws Exception {
    byte[] whole = SimulationCorpus.bytes(file);
    // Where each format says "finished"; a cut after it (pw.x's MPI notes after JOB DONE, say)
    // leaves a complete run.
    String done = switch (reason) {
      case "vasprun.truncated" -> "</modeling>";
      case "outcar.truncated" -> "General timing and accounting";
      case "qe.truncated" -> "JOB DONE.";
      default -> "Total wall time";
    };
    int complete = new String(whole, StandardCharsets.ISO_8859_1).lastIndexOf(done);
    java.util.List<Integer> lengths = new java.util.ArrayList<>();
    for (int k = 1; k < 40; k++) {
      if (whole.length * k / 40 < complete) {
        lengths.add(whole.length * k / 40);
      }
    }
    assertTrue(lengths.size() >= 30, "cuts: " + lengths.size());
    for (int length : lengths) {
      byte[] cut = Arrays.copyOf(whole, length);
      ParseResult<Calculation> partial = assertDoesNotThrow(
          () -> SimulationCorpus.parse(parser.get(), file, cut), file + " cut at " + length);
      assertEquals(1, partial.rejections().size(), file + " cut at " + length);
      assertEquals(reason, partial.rejections().get(0).reason(),
          () -> file + " cut at " + length + ": " + partial.rejections().get(0).message());
      partial.records().forEach(c -> assertTrue(c.warnings().contains(reason)
          || c.converged() || c.code().equals(Calculation.LAMMPS), c.warnings()::toString));
    }
  }

  static Stream<Arguments> cuts() {
    Stream.Builder<Arguments> out = Stream.builder();
    Object[][] files = files();
    for (Object[] f : files) {
      for (double fraction : new double[] {0.10, 0.50, 0.90}) {
        out.add(Arguments.of(f[0], fraction, f[1], f[2]));
      }
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0} cut at {1}")
  @MethodSource("cuts")
  void cutFileGivesPartialRecordAndQuarantine(String file, double fraction,
      Supplier<RecordParser<Calculation>> parser, String reason) throws Exception {
    byte[] whole = SimulationCorpus.bytes(file);
    byte[] cut = Arrays.copyOf(whole, (int) (whole.length * fraction));
    ParseResult<Calculation> full = SimulationCorpus.parse(parser.get(), file, whole);
    ParseResult<Calculation> partial = assertDoesNotThrow(
        () -> SimulationCorpus.parse(parser.get(), file, cut));

    assertEquals(1, partial.rejections().size(), () -> "rejections: " + partial.rejections());
    Rejection rejection = partial.rejections().get(0);
    assertEquals(reason, rejection.reason(), rejection.message());
    assertTrue(rejection.location().matches("line \\d+"), "location: " + rejection.location());
    long linesInCut = new String(cut, StandardCharsets.ISO_8859_1).lines().count();
    int line = Integer.parseInt(rejection.location().substring(5));
    assertTrue(line >= linesInCut - 1 && line <= linesInCut + 1,
        "rejection at " + line + " but the cut file has " + linesInCut + " lines");

    // Every format writes its header first, so a partial record exists once the cut passes it;
    // a LAMMPS log has a record per run, so none before its first thermo table.
    boolean started = !file.startsWith("lammps/")
        || new String(cut, StandardCharsets.ISO_8859_1).contains("Per MPI rank memory");
    assertEquals(started, !partial.records().isEmpty(), "a partial record is kept");
    List<Calculation> fullRuns = full.records();
    assertTrue(partial.records().size() <= fullRuns.size());
    for (int i = 0; i < partial.records().size(); i++) {
      Calculation part = partial.records().get(i);
      Calculation ref = fullRuns.get(i);
      assertEquals(ref.codeVersion(), part.codeVersion());
      // What was kept is exactly the beginning of the full file's steps and rows.
      assertEquals(ref.ionicSteps().subList(0, part.ionicSteps().size()), part.ionicSteps());
      part.series().forEach((column, values) -> assertArrayEquals(
          Arrays.copyOf(ref.series().get(column), values.length), values, column));
      if (!part.contentHash().equals(ref.contentHash())) {
        assertEquals(partial.records().size() - 1, i, "only the last record can be cut");
        assertFalse(part.converged(), "a cut-off run is never converged");
        assertTrue(part.warnings().contains(reason), "warnings: " + part.warnings());
      }
    }
  }
}
