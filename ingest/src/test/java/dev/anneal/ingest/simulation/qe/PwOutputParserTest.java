package dev.anneal.ingest.simulation.qe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.simulation.Calculation;
import dev.anneal.ingest.simulation.Units;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A hand-written two-step BFGS relaxation of Si in pw.x's output layout: positions in alat
 * units, then in crystal units, forces in Ry/Bohr and stress in kbar (the shared corpus has only
 * an SCF run, so these paths are exercised here).
 */
class PwOutputParserTest {

  private static final String HEAD = """
           Program PWSCF v.6.8 starts on  1Jan2024 at 10: 0: 0

           lattice parameter (alat)  =      10.2000  a.u.
           number of atoms/cell      =            2
           kinetic-energy cutoff     =      30.0000  Ry
           Exchange-correlation= SLA PW PBX PBC
                                 (   1   4   3   4   0   0   0)

           crystal axes: (cart. coord. in units of alat)
                     a(1) = (  -0.500000   0.000000   0.500000 )
                     a(2) = (   0.000000   0.500000   0.500000 )
                     a(3) = (  -0.500000   0.500000   0.000000 )

         Cartesian axes

           site n.     atom                  positions (alat units)
               1           Si  tau(   1) = (   0.0000000   0.0000000   0.0000000  )
               2           Si  tau(   2) = (  -0.2600000   0.2500000   0.2500000  )

           number of k points=     2  Marzari-Vanderbilt smearing, width (Ry)=  0.0100
           iteration #  1     ecut=    30.00 Ry     beta= 0.70
           iteration #  2     ecut=    30.00 Ry     beta= 0.70
      !    total energy              =     -15.84000000 Ry
           internal energy E=F+TS    =     -15.83900000 Ry
           convergence has been achieved in   2 iterations

           Forces acting on atoms (cartesian axes, Ry/au):

           atom    1 type  1   force =     0.01000000    0.00000000    0.00000000
           atom    2 type  1   force =    -0.01000000    0.00000000    0.00000000

           Total force =     0.014142     Total SCF correction =     0.000000

                total   stress  (Ry/bohr**3)                   (kbar)     P=       -5.00
        -0.00003399   0.00000000   0.00000000           -5.00        0.00        0.00
         0.00000000  -0.00003399   0.00000000            0.00       -5.00        0.00
         0.00000000   0.00000000  -0.00003399            0.00        0.00       -5.00

           BFGS Geometry Optimization

      ATOMIC_POSITIONS (alat)
      Si            0.0000000000        0.0000000000        0.0000000000
      Si           -0.2550000000        0.2500000000        0.2500000000

      """;

  private static final String SECOND_STEP = """
           iteration #  1     ecut=    30.00 Ry     beta= 0.70
      !    total energy              =     -15.84500000 Ry
           convergence has been achieved in   1 iterations

           Forces acting on atoms (cartesian axes, Ry/au):

           atom    1 type  1   force =     0.00010000    0.00000000    0.00000000
           atom    2 type  1   force =    -0.00010000    0.00000000    0.00000000

      """;

  private static final String CONVERGED_END = """
           bfgs converged in   2 scf cycles and   1 bfgs steps
           End of BFGS Geometry Optimization

           Final energy   =     -15.8450000000 Ry
      Begin final coordinates

      ATOMIC_POSITIONS (crystal)
      Si            0.0000000000        0.0000000000        0.0000000000
      Si            1.2450000000        0.2500000000        0.2500000000
      End final coordinates

         JOB DONE.
      """;

  private static ParseResult<Calculation> parse(String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    return new PwOutputParser().parse(new SourceFile("mem://si.relax.out", bytes.length),
        new ByteArrayInputStream(bytes));
  }

  @Test
  void convergedRelaxationEndsOnTheFinalCrystalCoordinates() throws Exception {
    ParseResult<Calculation> result = parse(HEAD + SECOND_STEP + CONVERGED_END);
    assertEquals(0, result.rejections().size(), () -> result.rejections().toString());
    Calculation calc = result.records().get(0);
    assertEquals("6.8", calc.codeVersion());
    assertEquals("relax", calc.parameters().get("calculation"));
    assertEquals(2, calc.ionicSteps().size());
    assertEquals(-15.84 * Units.RYDBERG_EV, calc.ionicSteps().get(0).freeEnergyEv(), 1e-9);
    assertEquals(-15.839 * Units.RYDBERG_EV, calc.ionicSteps().get(0).energyNoEntropyEv(), 1e-9);
    assertEquals(2, calc.ionicSteps().get(0).electronicSteps());
    assertEquals(-15.845 * Units.RYDBERG_EV, calc.energyEv(), 1e-9);
    assertEquals(-15.845 * Units.RYDBERG_EV / 2, calc.energyPerAtomEv(), 1e-9);
    assertTrue(calc.converged());
    // a = |(-0.5, 0, 0.5)| alat, alat = 10.2 Bohr.
    double a = Math.sqrt(0.5) * 10.2 * Units.BOHR_ANGSTROM;
    assertEquals(a, calc.finalStructure().lattice().a(), 1e-9);
    Site si2 = calc.finalStructure().sites().get(1);
    assertEquals(0.245, si2.x(), 1e-9);  // 1.245 in crystal units, wrapped into [0, 1)
    assertEquals(0.25, si2.y(), 1e-9);
    // The last forces are those of the second SCF: 1e-4 Ry/Bohr.
    assertEquals(1e-4 * Units.RYDBERG_EV / Units.BOHR_ANGSTROM, calc.finalForces()[0][0], 1e-12);
    assertEquals(-5.0, calc.finalStressKbar()[1][1], 0);
    assertEquals(-0.5, calc.finalStressGpa()[1][1], 1e-12);
    assertEquals("SLA PW PBX PBC", calc.parameters().get("functional"));
    assertEquals("30", calc.parameters().get("param.ecutwfc_ry"));
  }

  @Test
  void relaxationCutBeforeTheNextScfPairsTheEnergyWithItsOwnGeometry() throws Exception {
    ParseResult<Calculation> result = parse(HEAD);
    assertEquals("qe.truncated", result.rejections().get(0).reason());
    Calculation calc = result.records().get(0);
    assertFalse(calc.converged());
    assertEquals(1, calc.ionicSteps().size());
    // The energy is that of tau(2) = (-0.26, 0.25, 0.25) alat, i.e. f = (0.26, 0.24, 0.26) on
    // the fcc vectors above — not of the unevaluated (alat) card printed after it.
    Site si2 = calc.finalStructure().sites().get(1);
    assertEquals(0.26, si2.x(), 1e-9);
    assertEquals(0.24, si2.y(), 1e-9);
    assertEquals(0.26, si2.z(), 1e-9);
  }

  @Test
  void secondScfIsPairedWithTheAlatCardBeforeIt() throws Exception {
    Calculation calc = parse(HEAD + SECOND_STEP).records().get(0);
    // r = (-0.255, 0.25, 0.25) alat is f = (0.255, 0.245, 0.255).
    Site si2 = calc.finalStructure().sites().get(1);
    assertEquals(0.255, si2.x(), 1e-9);
    assertEquals(0.245, si2.y(), 1e-9);
    assertEquals(0.255, si2.z(), 1e-9);
  }

  @Test
  void relaxationOutOfStepsIsNotIonicallyConverged() throws Exception {
    String end = """
             The maximum number of steps has been reached.

             End of BFGS Geometry Optimization

           JOB DONE.
        """;
    Calculation calc = parse(HEAD + SECOND_STEP + end).records().get(0);
    assertTrue(calc.convergedElectronic());
    assertFalse(calc.convergedIonic());
    assertFalse(calc.converged());
  }

  @Test
  void scfThatDidNotConvergeIsNotConverged() throws Exception {
    String text = HEAD.replace("convergence has been achieved in   2 iterations",
        "convergence NOT achieved after   2 iterations: stopping") + "   JOB DONE.\n";
    Calculation calc = parse(text).records().get(0);
    assertFalse(calc.convergedElectronic());
    assertFalse(calc.converged());
  }

  @Test
  void textWithoutPwscfBannerIsRejectedWhole() throws Exception {
    ParseResult<Calculation> result = parse("hello\nworld\n");
    assertTrue(result.records().isEmpty());
    assertEquals("qe.not_pwscf", result.rejections().get(0).reason());
  }
}
