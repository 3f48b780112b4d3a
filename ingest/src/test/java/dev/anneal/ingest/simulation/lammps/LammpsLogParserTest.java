package dev.anneal.ingest.simulation.lammps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.simulation.Calculation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hand-written LAMMPS logs for what the corpus logs lack: metal units (energies in eV), a
 * minimisation and its stopping criterion, {@code -nan} thermo values, and a run ended by ERROR.
 */
class LammpsLogParserTest {

  private static final String MINIMIZE = """
      LAMMPS (2 Aug 2023)
      units metal
      thermo_style custom step pe fnorm
      minimize 1.0e-8 1.0e-10 1000 10000
      Per MPI rank memory allocation (min/avg/max) = 4.1 | 4.1 | 4.1 Mbytes
         Step         PotEng         Fnorm
               0   -108.00000      1.5
              10   -108.50000      -nan
              20   -108.60000      0.001
      Loop time of 0.01 on 1 procs for 20 steps with 32 atoms

      Minimization stats:
        Stopping criterion = %s
      Total wall time: 0:00:01
      """;

  private static ParseResult<Calculation> parse(String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    return new LammpsLogParser().parse(new SourceFile("mem://log.lammps", bytes.length),
        new ByteArrayInputStream(bytes));
  }

  @Test
  void metalMinimisationHasAnEnergyInEvAndConverges() throws Exception {
    ParseResult<Calculation> r = parse(MINIMIZE.formatted("energy tolerance"));
    assertTrue(r.rejections().isEmpty(), () -> r.rejections().toString());
    Calculation run = r.records().get(0);
    assertEquals("metal", run.parameters().get("units"));
    assertEquals("minimize 1.0e-8 1.0e-10 1000 10000", run.parameters().get("run.command"));
    assertEquals(-108.6, run.energyEv(), 0);
    assertEquals(-108.6 / 32, run.energyPerAtomEv(), 1e-12);
    assertTrue(Double.isNaN(run.series().get("Fnorm")[1]));
    // NaN rows are left out of the statistics but still counted.
    assertEquals(3, run.seriesStats().get("Fnorm").count());
    assertEquals(0.001, run.seriesStats().get("Fnorm").min(), 0);
    assertEquals((1.5 + 0.001) / 2, run.seriesStats().get("Fnorm").mean(), 1e-12);
    assertTrue(run.converged());
  }

  @Test
  void minimisationStoppedByMaxIterationsIsNotConverged() throws Exception {
    Calculation run = parse(MINIMIZE.formatted("max iterations")).records().get(0);
    assertEquals("max iterations", run.parameters().get("minimize.stopping_criterion"));
    assertFalse(run.converged());
  }

  @Test
  void ljRunsHaveNoEnergyInEv() throws Exception {
    Calculation run = parse(MINIMIZE.formatted("energy tolerance").replace("units metal", "units lj"))
        .records().get(0);
    assertNull(run.energyEv());
  }

  @Test
  void runEndedByErrorKeepsItsRowsAndIsQuarantined() throws Exception {
    String log = """
        LAMMPS (2 Aug 2023)
        run 100
        Per MPI rank memory allocation (min/avg/max) = 4.1 | 4.1 | 4.1 Mbytes
           Step          Temp
                 0          1.0
                50          1.1
        ERROR: Lost atoms: original 32 current 31 (src/thermo.cpp:488)
        Last command: run 100
        """;
    ParseResult<Calculation> r = parse(log);
    assertEquals("lammps.error", r.rejections().get(0).reason());
    assertEquals("line 7", r.rejections().get(0).location());
    Calculation run = r.records().get(0);
    assertEquals(2, run.series().get("Step").length);
    assertFalse(run.converged());
  }

  @Test
  void textThatIsNoLogIsRejected() throws Exception {
    ParseResult<Calculation> r = parse("just\nsome text\n");
    assertTrue(r.records().isEmpty());
    assertEquals("lammps.not_log", r.rejections().get(0).reason());
  }
}
