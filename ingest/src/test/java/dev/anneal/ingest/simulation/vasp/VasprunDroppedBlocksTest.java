package dev.anneal.ingest.simulation.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.simulation.SimulationCorpus;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dropping the eigenvalue, DOS and projection blocks before the XML parser changes nothing that
 * is read: on every real vasprun, whole and cut at every 1/40, the parser with and without the
 * byte filter gives the same records and the same rejections (reason and line).
 */
class VasprunDroppedBlocksTest {

  @ParameterizedTest
  @ValueSource(strings = {"vasp/Sr3PbO_relax_vasprun.xml", "vasp/vasprun_dfpt.xml"})
  void sameResultWithAndWithoutTheFilter(String file) throws Exception {
    byte[] whole = SimulationCorpus.bytes(file);
    for (int k = 1; k <= 40; k++) {
      byte[] cut = Arrays.copyOf(whole, whole.length * k / 40);
      ParseResult<Calculation> filtered = SimulationCorpus.parse(new VasprunParser(true), file, cut);
      ParseResult<Calculation> plain = SimulationCorpus.parse(new VasprunParser(false), file, cut);
      String where = file + " cut at " + cut.length;
      assertEquals(plain.records().size(), filtered.records().size(), where);
      for (int i = 0; i < plain.records().size(); i++) {
        Calculation a = plain.records().get(i);
        Calculation b = filtered.records().get(i);
        // calcId hashes the parameters, every step's energies and the final structure.
        assertEquals(a.contentHash(), b.contentHash(), where);
        assertEquals(a.parameters(), b.parameters(), where);
        assertEquals(a.ionicSteps(), b.ionicSteps(), where);
        assertEquals(a.energyEv(), b.energyEv(), where);
        assertEquals(a.converged(), b.converged(), where);
        assertEquals(a.warnings(), b.warnings(), where);
        assertEquals(a.initialStructure(), b.initialStructure(), where);
        assertEquals(a.finalStructure(), b.finalStructure(), where);
        assertTrue(Arrays.deepEquals(a.finalForces(), b.finalForces()), where);
        assertTrue(Arrays.deepEquals(a.finalStressKbar(), b.finalStressKbar()), where);
      }
      assertEquals(plain.rejections().size(), filtered.rejections().size(), where);
      for (int i = 0; i < plain.rejections().size(); i++) {
        assertEquals(plain.rejections().get(i).reason(), filtered.rejections().get(i).reason(), where);
        assertEquals(plain.rejections().get(i).location(), filtered.rejections().get(i).location(),
            where);
      }
    }
  }
}
