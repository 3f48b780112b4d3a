package dev.anneal.ingest.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.RecordParser;
import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.simulation.qe.PwOutputParser;
import dev.anneal.ingest.simulation.vasp.OutcarParser;
import dev.anneal.ingest.simulation.vasp.VasprunParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our readers against pymatgen and ASE on the shared corpus ({@code scripts/peers/sim_peers.py}):
 * final energy within 1e-6 eV, the same reduced formula, lattice lengths within 1e-4 Å.
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
  }
}
