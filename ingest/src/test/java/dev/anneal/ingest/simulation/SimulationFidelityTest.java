package dev.anneal.ingest.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.simulation.lammps.LammpsLogParser;
import dev.anneal.ingest.simulation.qe.PwOutputParser;
import dev.anneal.ingest.simulation.vasp.OutcarParser;
import dev.anneal.ingest.simulation.vasp.VasprunParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our readers against pymatgen and ASE on the shared corpus ({@code scripts/peers/sim_peers.py}):
 * final energy within 1e-6 eV, the same reduced formula, lattice lengths within 1e-4 Å. LAMMPS
 * logs have no such peer; their thermo tables are checked against counts made by reading the
 * logs (the lines are named in each test).
 */
class SimulationFidelityTest {

  private static final double ENERGY_EV = 1e-6;
  private static final double LENGTH_A = 1e-4;

  private static Calculation read(RecordParser<Calculation> parser, String file) throws Exception {
    ParseResult<Calculation> result = SimulationCorpus.parse(parser, file, SimulationCorpus.bytes(file));
    assertTrue(result.rejections().isEmpty(), () -> file + ": " + result.rejections());
    assertEquals(1, result.records().size(), file);
    return result.records().get(0);
  }

  private static JsonNode peer(String file, String tool) throws Exception {
    Map<String, JsonNode> byTool = SimulationCorpus.peers().get(file);
    assertNotNull(byTool, "no peer reading of " + file);
    JsonNode node = byTool.get(tool);
    assertNotNull(node, "no " + tool + " reading of " + file);
    assertFalse(node.has("error"), () -> tool + " failed on " + file + ": " + node.get("error"));
    return node;
  }

  /** Energy, reduced formula, site count and lattice lengths agree with one peer's reading. */
  private static void assertSame(Calculation calc, JsonNode peer, String file) {
    String who = file + " vs " + peer.get("tool").asText() + "/" + peer.get("reader").asText();
    assertEquals(peer.get("energy").asDouble(), calc.energyEv(), ENERGY_EV, who + " energy");
    if (peer.has("formula")) {
      assertNotNull(calc.finalStructure(), who + " final structure");
      assertEquals(peer.get("formula").asText(),
          calc.finalStructure().composition().reducedFormula(), who + " formula");
      assertEquals(peer.get("nsites").asInt(), calc.finalStructure().sites().size(), who + " nsites");
      Lattice l = calc.finalStructure().lattice();
      double[] ours = {l.a(), l.b(), l.c()};
      for (int i = 0; i < 3; i++) {
        assertEquals(peer.get("lattice").get(i).asDouble(), ours[i], LENGTH_A, who + " lattice " + i);
      }
    }
  }

  @Test
  void relaxationVasprunMatchesPymatgenAndAse() throws Exception {
    String file = "vasp/Sr3PbO_relax_vasprun.xml";
    Calculation calc = read(new VasprunParser(), file);
    JsonNode pmg = peer(file, "pymatgen");
    assertSame(calc, pmg, file);
    assertSame(calc, peer(file, "ase"), file);
    assertEquals(pmg.get("ionic_steps").asInt(), calc.ionicSteps().size());
    assertEquals(pmg.get("converged_electronic").asBoolean(), calc.convergedElectronic());
    assertEquals(pmg.get("converged_ionic").asBoolean(), calc.convergedIonic());
    assertEquals(pmg.get("converged").asBoolean(), calc.converged());
    assertEquals(pmg.get("version").asText(), calc.codeVersion());
    assertEquals(calc.natoms(), calc.finalForces().length);
    assertEquals(3, calc.finalStressKbar().length);
    assertEquals(calc.finalStressKbar()[0][0] / 10, calc.finalStressGpa()[0][0], 1e-12);
    assertEquals("PBE", calc.parameters().get("functional"));
    assertEquals("12 12 12", calc.parameters().get("kpoints.divisions"));
  }

  @Test
  void dfptVasprunMatchesPymatgenAndAse() throws Exception {
    String file = "vasp/vasprun_dfpt.xml";
    Calculation calc = read(new VasprunParser(), file);
    JsonNode pmg = peer(file, "pymatgen");
    assertSame(calc, pmg, file);
    assertSame(calc, peer(file, "ase"), file);
    // LEPSILON run: pymatgen's linear-response rule for electronic convergence applies.
    assertEquals(pmg.get("converged_electronic").asBoolean(), calc.convergedElectronic());
    assertEquals(pmg.get("converged").asBoolean(), calc.converged());
    assertEquals("T", calc.parameters().get("param.LEPSILON"));
  }

  @Test
  void outcarMatchesPymatgenAndAse() throws Exception {
    String file = "vasp/OUTCAR_example_1";
    Calculation calc = read(new OutcarParser(), file);
    JsonNode pmg = peer(file, "pymatgen");
    JsonNode ase = peer(file, "ase");
    assertSame(calc, pmg, file);
    assertSame(calc, ase, file);
    IonicStep last = calc.ionicSteps().get(calc.ionicSteps().size() - 1);
    assertEquals(pmg.get("energy_free").asDouble(), last.freeEnergyEv(), ENERGY_EV);
    assertEquals(pmg.get("energy_wo_entrp").asDouble(), last.energyNoEntropyEv(), ENERGY_EV);
    assertEquals(ase.get("energy_free").asDouble(), last.freeEnergyEv(), ENERGY_EV);
    assertEquals(ase.get("nimages").asInt(), calc.ionicSteps().size());
    // Single point (NSW = 0) whose SCF stopped at iteration 63 of NELM = 120 ("aborting loop
    // because EDIFF is reached", line 3790).
    assertEquals(63, last.electronicSteps());
    assertTrue(calc.converged());
    assertEquals("5.3.3", calc.codeVersion());
    assertEquals("PBE", calc.parameters().get("functional"));
    assertEquals(18, calc.finalForces().length);
    assertEquals(-2.152142, calc.finalForces()[2][0], 0);  // line 3861
    assertEquals(-0.94049, calc.finalStressKbar()[1][2], 0);  // "in kB", YZ, line 3815
    // Initial positions (line 330 on) are those the single point was computed at: same cell.
    assertEquals(calc.finalStructure().contentHash(), calc.initialStructure().contentHash());
  }

  @Test
  void pwscfOutputMatchesAseAndPymatgen() throws Exception {
    String file = "qe/BAs_scf.out";
    Calculation calc = read(new PwOutputParser(), file);
    JsonNode ase = peer(file, "ase");
    // Units.RYDBERG_EV is ASE's own constant; if a future ASE changes it, this says so plainly.
    assertEquals(ase.get("ase_Ry").asDouble(), Units.RYDBERG_EV, 0, "ASE's Ry changed");
    assertEquals(ase.get("ase_Bohr").asDouble(), Units.BOHR_ANGSTROM, 0, "ASE's Bohr changed");
    assertSame(calc, ase, file);
    // pymatgen's PWOutput gives the energy in Ry as written.
    JsonNode pmg = peer(file, "pymatgen");
    assertEquals(pmg.get("energy").asDouble(), Double.parseDouble(calc.parameters().get("energy_ry")), 0);
    assertEquals(pmg.get("energy").asDouble() * Units.RYDBERG_EV, calc.energyEv(), ENERGY_EV);
    assertEquals("7.1", calc.codeVersion());
    assertEquals("PBE", calc.parameters().get("functional"));
    assertEquals("scf", calc.parameters().get("calculation"));
    // "convergence has been achieved in   6 iterations" (line 640): six "iteration #" lines.
    assertEquals(1, calc.ionicSteps().size());
    assertEquals(6, calc.ionicSteps().get(0).electronicSteps());
    assertTrue(calc.converged());
    // B at tau = 3.6144408 alat (alat = 1.8897 Bohr = 1 Å): crystal 0.7500001 (line 383).
    assertEquals("B", calc.finalStructure().sites().get(0).species());
    assertEquals(0.7500001, calc.finalStructure().sites().get(0).x(), 1e-6);
    // alat from celldm(1) = 1.889726 (line 63), not the four-decimal 1.8897 of line 49: the
    // cell then matches ASE's to 1e-6 Å rather than 5e-5 Å.
    assertEquals(ase.get("lattice").get(0).asDouble(), calc.finalStructure().lattice().a(), 1e-6);
    assertEquals(calc.finalStructure(), calc.initialStructure());  // an SCF does not move atoms
  }

  private static final List<String> CUSTOM_12 = List.of("Step", "Temp", "PotEng", "KinEng",
      "TotEng", "Press", "Pxx", "Pyy", "Pzz", "Volume", "v_rho", "v_msd");
  private static final List<String> MULTI_14 = List.of("Step", "CPU", "TotEng", "KinEng", "Temp",
      "PotEng", "E_bond", "E_angle", "E_dihed", "E_impro", "E_vdwl", "E_coul", "E_long", "Press");

  private static List<Calculation> runs(String file) throws Exception {
    ParseResult<Calculation> result =
        SimulationCorpus.parse(new LammpsLogParser(), file, SimulationCorpus.bytes(file));
    assertTrue(result.rejections().isEmpty(), () -> file + ": " + result.rejections());
    for (Calculation run : result.records()) {
      assertTrue(run.converged(), "a complete MD run counts as converged");
      int rows = run.series().get("Step").length;
      run.series().forEach((k, v) -> assertEquals(rows, v.length, k + " has every row"));
      run.seriesStats().forEach((k, st) -> assertEquals(rows, st.count(), k));
    }
    return result.records();
  }

  private static void assertTable(Calculation run, String format, List<String> columns, int rows) {
    String who = "run " + run.parameters().get("run.index");
    assertEquals(format, run.parameters().get("thermo.format"), who);
    assertEquals(columns, List.copyOf(run.series().keySet()), who);
    assertEquals(rows, run.series().get("Step").length, who + " rows");
  }

  @Test
  void lammpsCustomThermoRunsAsCountedInTheLog() throws Exception {
    List<Calculation> runs = runs("lammps/bcc_custom_thermo.log.lammps");
    assertEquals(4, runs.size());
    // Header lines 63, 96, 171, 254; rows up to "Loop time" at 65, 138, 221, 272:
    // run 0 → 1 row (line 64), run 1000 at thermo 25 → 41 rows (97–137), run 1200 → 49 rows
    // (172–220), run 400 → 17 rows (255–271).
    int[] rows = {1, 41, 49, 17};
    for (int i = 0; i < 4; i++) {
      assertTable(runs.get(i), "one-line", CUSTOM_12, rows[i]);
      assertEquals("lj", runs.get(i).parameters().get("units"));
      assertEquals("29 Aug 2024 - Update 2", runs.get(i).codeVersion());
    }
    assertEquals("run 1000", runs.get(1).parameters().get("run.command"));
    assertEquals("1000", runs.get(1).parameters().get("loop.steps"));
    assertEquals("2000", runs.get(1).parameters().get("loop.atoms"));
    Calculation second = runs.get(1);
    // Line 97: "0 0.8 -7.65892 …"; line 137: "1000 0.743292 -6.69215 … 0.0618053".
    assertEquals(-7.65892, second.series().get("PotEng")[0], 0);
    assertEquals(-6.69215, second.series().get("PotEng")[40], 0);
    assertEquals(0.0618053, second.seriesStats().get("v_msd").last(), 0);
    assertEquals(1000, second.seriesStats().get("Step").max(), 0);
    // WARNINGs on lines 48 (run 0) and 251 (run 400) belong to the runs they precede.
    assertEquals(1, runs.get(0).warnings().size());
    assertTrue(runs.get(0).warnings().get(0).contains("No fixes with time integration"));
    assertEquals(List.of(), runs.get(1).warnings());
    assertEquals(1, runs.get(3).warnings().size());
  }

  @Test
  void lammpsMultiThenCustomRunsAsCountedInTheLog() throws Exception {
    List<Calculation> runs = runs("lammps/bcc_multi_then_custom.log.lammps");
    assertEquals(5, runs.size());
    // "---- Step" blocks: line 57 (run 0); 92–167 every 100 steps of run 1500 → 16; one-line
    // header at 210 with rows 211–247 → 37; blocks 285–305 (3300, 3400, 3600, 3800, 3900) → 5;
    // blocks 343, 348, 353 (3900, 4000, 4200) → 3.
    assertTable(runs.get(0), "multi", MULTI_14, 1);
    assertTable(runs.get(1), "multi", MULTI_14, 16);
    assertTable(runs.get(2), "one-line", List.of("Step", "Temp", "PotEng", "TotEng", "Press",
        "Lx", "Ly", "Lz", "Volume", "v_rho"), 37);
    assertTable(runs.get(3), "multi", MULTI_14, 5);
    assertTable(runs.get(4), "multi", MULTI_14, 3);
    double[] steps = runs.get(3).series().get("Step");
    assertEquals(List.of(3300.0, 3400.0, 3600.0, 3800.0, 3900.0),
        java.util.Arrays.stream(steps).boxed().toList());
    assertEquals(8.0887, runs.get(4).seriesStats().get("Press").mean(), 1e-12);
    // Line 278's WARNING (new thermo_style) comes between runs 3 and 4 and goes with run 4.
    assertTrue(runs.get(3).warnings().get(0).contains("New thermo_style command"));
  }

  @Test
  void lammpsThermoMultiRunsAsCountedInTheLog() throws Exception {
    List<Calculation> runs = runs("lammps/fcc_thermo_multi.log.lammps");
    // Blocks at line 57 (run 0), 93–143 every 50 steps of run 500 → 11, 181–261 → 17.
    assertEquals(3, runs.size());
    assertTable(runs.get(0), "multi", MULTI_14, 1);
    assertTable(runs.get(1), "multi", MULTI_14, 11);
    assertTable(runs.get(2), "multi", MULTI_14, 17);
    // Line 94: TotEng -5.2737 at step 0; line 144: TotEng -4.8810 at step 500 (lines 143–147).
    assertEquals(-5.2737, runs.get(1).series().get("TotEng")[0], 0);
    assertEquals(-4.8810, runs.get(1).seriesStats().get("TotEng").last(), 0);
    assertEquals(-0.5522, runs.get(1).seriesStats().get("Press").last(), 0);
    assertEquals("4000", runs.get(1).parameters().get("loop.atoms"));
  }

  @Test
  void lammps2018OneLineRunsAsCountedInTheLog() throws Exception {
    List<Calculation> runs = runs("lammps/tests.log.lammps");
    // Headers at lines 99, 182, 265; rows 100–150 (51), 183–233 (51), 266–270 (5). No "units"
    // command, so the default lj style.
    assertEquals(3, runs.size());
    assertTable(runs.get(0), "one-line", List.of("Step", "Time", "Temp", "Pxx", "Pyy", "CPULeft"), 51);
    assertTable(runs.get(1), "one-line",
        List.of("Step", "Time", "Temp", "Pxx", "Pyy", "Press", "CPULeft"), 51);
    assertTable(runs.get(2), "one-line", List.of("Step", "Temp", "Pxx", "Pyy", "CPULeft"), 5);
    assertEquals("22 Jun 2018", runs.get(0).codeVersion());
    assertEquals("lj", runs.get(0).parameters().get("units"));
    assertEquals("run 5000", runs.get(0).parameters().get("run.command"));  // "run\t5000", line 85
    assertEquals(0.066999022, runs.get(0).series().get("Temp")[0], 0);   // line 100
    assertEquals(-2.2179781, runs.get(0).seriesStats().get("Pyy").last(), 0);  // line 150
    assertTrue(runs.get(0).seriesStats().get("Pyy").min() <= -2.2179781);
  }
}
