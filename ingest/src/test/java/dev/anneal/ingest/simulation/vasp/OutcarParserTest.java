package dev.anneal.ingest.simulation.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.simulation.Calculation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A hand-written two-step NaCl relaxation in OUTCAR layout (the corpus OUTCAR is a single point):
 * TITEL species, a lattice that changes between steps, per-step energies, and the stop message.
 */
class OutcarParserTest {

  private static final String HEAD = """
       vasp.6.3.2 27Jun22 (build Oct 17 2022 16:25:49) complex
       POTCAR:    PAW_PBE Na_pv 19Sep2006
       POTCAR:    PAW_PBE Cl 06Sep2000
         TITEL  = PAW_PBE Na_pv 19Sep2006
         TITEL  = PAW_PBE Cl 06Sep2000
         ions per type =               1   1
         NELM   =     60;   NELMIN=  2; NELMDL= -5     # of ELM steps
         NSW    =     10    number of steps for IOM
         IBRION =      2    ionic relax: 0-MD 1-quasi-New 2-CG
         EDIFFG = -.1E-01   stopping-criterion for IOM
         GGA     =    --    GGA type
         METAGGA=      F    non-selfconsistent MetaGGA calc.
      """;

  private static String step(int n, int scf, double a, double energy) {
    StringBuilder s = new StringBuilder();
    for (int k = 1; k <= scf; k++) {
      s.append(String.format(Locale.ROOT, "----------------------------------------- Iteration %4d(%4d)  "
          + "---------------------------------------%n", n, k));
    }
    return s + String.format(Locale.ROOT, """
          in kB      -1.00000    -2.00000    -3.00000     0.40000     0.50000     0.60000
            direct lattice vectors                 reciprocal lattice vectors
           %1$.9f  0.000000000  0.000000000     0.178571429  0.000000000  0.000000000
           0.000000000  %1$.9f  0.000000000     0.000000000  0.178571429  0.000000000
           0.000000000  0.000000000  %1$.9f     0.000000000  0.000000000  0.178571429

       POSITION                                       TOTAL-FORCE (eV/Angst)
       -----------------------------------------------------------------------------------
            0.00000      0.00000      0.00000         0.030000     -0.010000      0.000000
            %2$.5f      %2$.5f      %2$.5f        -0.030000      0.010000      0.000000
       -----------------------------------------------------------------------------------
          total drift:                                0.000000      0.000000      0.000000

        FREE ENERGIE OF THE ION-ELECTRON SYSTEM (eV)
        ---------------------------------------------------
        free  energy   TOTEN  =       %3$.8f eV

        energy  without entropy=      %4$.8f  energy(sigma->0) =      %5$.8f

      """, a, a / 2, energy, energy - 0.1, energy - 0.05);
  }

  private static final String END = """
       reached required accuracy - stopping structural energy minimisation
       General timing and accounting informations for this job:
      """;

  private static ParseResult<Calculation> parse(String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    return new OutcarParser().parse(new SourceFile("mem://OUTCAR", bytes.length),
        new ByteArrayInputStream(bytes));
  }

  @Test
  void relaxationKeepsEveryStepAndEndsOnTheLastLattice() throws Exception {
    ParseResult<Calculation> r = parse(HEAD + step(1, 3, 5.6, -27.0) + step(2, 2, 5.5, -27.2) + END);
    assertTrue(r.rejections().isEmpty(), () -> r.rejections().toString());
    Calculation calc = r.records().get(0);
    assertEquals("6.3.2", calc.codeVersion());
    assertEquals(2, calc.ionicSteps().size());
    assertEquals(-27.0, calc.ionicSteps().get(0).freeEnergyEv(), 0);
    assertEquals(-27.1, calc.ionicSteps().get(0).energyNoEntropyEv(), 1e-12);
    assertEquals(3, calc.ionicSteps().get(0).electronicSteps());
    assertEquals(2, calc.ionicSteps().get(1).electronicSteps());
    assertEquals(-27.25, calc.energyEv(), 1e-12);  // energy(sigma->0) of the last step
    assertEquals(5.5, calc.finalStructure().lattice().a(), 1e-9);
    assertEquals("Cl", calc.finalStructure().sites().get(1).species());
    assertEquals(0.5, calc.finalStructure().sites().get(1).x(), 1e-9);
    assertEquals(0.6, calc.finalStressKbar()[0][2], 0);  // ZX is the sixth "in kB" value
    assertEquals("PBE", calc.parameters().get("functional"));
    assertEquals("PAW_PBE Na_pv 19Sep2006; PAW_PBE Cl 06Sep2000", calc.parameters().get("potcar"));
    assertTrue(calc.converged());
  }

  @Test
  void relaxationCutInItsSecondStepKeepsTheFirst() throws Exception {
    String second = step(2, 2, 5.5, -27.2);
    String cut = HEAD + step(1, 3, 5.6, -27.0) + second.substring(0, second.indexOf("FREE"));
    ParseResult<Calculation> r = parse(cut);
    assertEquals("outcar.truncated", r.rejections().get(0).reason());
    Calculation calc = r.records().get(0);
    assertEquals(1, calc.ionicSteps().size());
    assertEquals(5.6, calc.finalStructure().lattice().a(), 1e-9);  // the step that has an energy
    assertEquals(-27.05, calc.energyEv(), 1e-12);
    assertFalse(calc.converged());
  }

  @Test
  void scfUsingAllNelmIterationsIsNotConverged() throws Exception {
    String head = HEAD.replace("NELM   =     60", "NELM   =      3");
    Calculation calc = parse(head + step(1, 3, 5.6, -27.0) + END).records().get(0);
    assertFalse(calc.convergedElectronic());
    assertFalse(calc.converged());
  }
}
