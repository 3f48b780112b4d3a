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
 * Small hand-built vasprun.xml files for the convergence rules and faults the shared corpus does
 * not show: SCF reaching NELM, a relaxation reaching NSW, no {@code finalpos}, overflowed
 * {@code ****} fields, and bad XML in the middle of a file.
 */
class VasprunParserTest {

  /** A two-atom NaCl relaxation with {@code steps} ionic steps of {@code scf} SCF steps each. */
  static String vasprun(int nelm, int nsw, int steps, int scf, boolean finalpos, String force) {
    StringBuilder x = new StringBuilder("""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <modeling>
         <generator><i name="version" type="string">6.4.1 </i></generator>
         <incar><i type="int" name="IBRION"> 2</i><i name="EDIFFG"> -0.01</i></incar>
         <parameters><separator name="electronic">
           <i type="int" name="NELM">%d</i></separator>
           <i type="int" name="NSW">%d</i><i type="int" name="IBRION">2</i>
           <i name="EDIFFG"> -0.01</i><i type="string" name="GGA">PS</i></parameters>
         <atominfo><array name="atoms"><set>
           <rc><c>Na</c><c>1</c></rc><rc><c>Cl</c><c>2</c></rc></set></array></atominfo>
        """.formatted(nelm, nsw));
    for (int s = 0; s < steps; s++) {
      x.append(" <calculation>\n");
      for (int k = 0; k < scf; k++) {
        x.append("  <scstep><energy><i name=\"e_fr_energy\"> -7.0</i>"
            + "<i name=\"e_wo_entrp\"> -7.0</i><i name=\"e_0_energy\"> -7.0</i></energy></scstep>\n");
      }
      x.append(cell(4.0 + 0.1 * s));
      x.append("  <varray name=\"forces\"><v> %s 0 0 </v><v> 0 0 0 </v></varray>\n".formatted(force));
      x.append("  <varray name=\"stress\"><v> 1 0 0 </v><v> 0 2 0 </v><v> 0 0 3 </v></varray>\n");
      x.append(String.format(Locale.ROOT, "  <energy><i name=\"e_fr_energy\"> %.4f </i>"
          + "<i name=\"e_wo_entrp\"> %.4f </i><i name=\"e_0_energy\"> %.4f </i></energy>\n",
          -7.0 - s, -7.0 - s, -7.0 - s));
      x.append(" </calculation>\n");
    }
    if (finalpos) {
      x.append(cell(5.0).replace("<structure>", "<structure name=\"finalpos\">"));
    }
    return x.append("</modeling>\n").toString();
  }

  private static String cell(double a) {
    return ("  <structure><crystal><varray name=\"basis\"><v> %s 0 0 </v><v> 0 %s 0 </v>"
        + "<v> 0 0 %s </v></varray></crystal><varray name=\"positions\"><v> 0 0 0 </v>"
        + "<v> 0.5 0.5 -0.5 </v></varray></structure>\n").formatted(a, a, a);
  }

  static ParseResult<Calculation> parse(String xml) throws Exception {
    byte[] bytes = xml.getBytes(StandardCharsets.ISO_8859_1);
    return new VasprunParser().parse(new SourceFile("mem://vasprun.xml", bytes.length),
        new ByteArrayInputStream(bytes));
  }

  @Test
  void relaxationStoppingBeforeNswWithScfBelowNelmIsConverged() throws Exception {
    ParseResult<Calculation> r = parse(vasprun(10, 5, 3, 4, true, "0.001"));
    assertTrue(r.rejections().isEmpty(), () -> r.rejections().toString());
    Calculation calc = r.records().get(0);
    assertEquals(3, calc.ionicSteps().size());
    assertEquals(-9.0, calc.energyEv(), 0);
    assertEquals(-4.5, calc.energyPerAtomEv(), 0);
    assertTrue(calc.converged());
    assertEquals(5.0, calc.finalStructure().lattice().a(), 0);  // finalpos, not the last step
    assertEquals(0.5, calc.finalStructure().sites().get(1).z(), 0);  // -0.5 wrapped
    assertEquals("PBEsol", calc.parameters().get("functional"));
    assertEquals(0.3, calc.finalStressGpa()[2][2], 1e-12);
    assertEquals(java.util.List.of(), calc.warnings());
  }

  @Test
  void lastStepUsingAllNelmScfStepsIsElectronicallyUnconverged() throws Exception {
    Calculation calc = parse(vasprun(4, 5, 2, 4, true, "0.001")).records().get(0);
    assertFalse(calc.convergedElectronic());
    assertTrue(calc.convergedIonic());
    assertFalse(calc.converged());
  }

  @Test
  void relaxationReachingNswIsIonicallyUnconvergedAndFlagsLargeForces() throws Exception {
    Calculation calc = parse(vasprun(10, 3, 3, 2, true, "0.5")).records().get(0);
    assertTrue(calc.convergedElectronic());
    assertFalse(calc.convergedIonic());
    assertFalse(calc.converged());
    assertTrue(calc.warnings().contains("vasp.forces_above_ediffg"), calc.warnings()::toString);
  }

  @Test
  void withoutFinalposTheLastStepStructureIsFinal() throws Exception {
    Calculation calc = parse(vasprun(10, 5, 3, 2, false, "0.001")).records().get(0);
    assertEquals(4.2, calc.finalStructure().lattice().a(), 1e-12);
  }

  @Test
  void overflowedForceFieldIsNaNNotAnError() throws Exception {
    ParseResult<Calculation> r = parse(vasprun(10, 5, 1, 2, true, "**********"));
    assertTrue(r.rejections().isEmpty());
    assertTrue(Double.isNaN(r.records().get(0).finalForces()[0][0]));
  }

  @Test
  void badXmlInTheMiddleIsMalformedNotTruncated() throws Exception {
    String good = vasprun(10, 5, 2, 2, true, "0.001");
    // A mismatched end tag after the first step, then ~200 kB of valid-looking content so the
    // parser fails well before the end of the input.
    int cut = good.indexOf(" </calculation>") + " </calculation>\n".length();
    String bad = good.substring(0, cut) + " <calculation></scstep>\n"
        + "<!-- pad -->\n".repeat(16000) + good.substring(cut);
    ParseResult<Calculation> r = parse(bad);
    assertEquals("vasprun.malformed", r.rejections().get(0).reason());
    assertEquals(1, r.records().get(0).ionicSteps().size());
    assertFalse(r.records().get(0).converged());
  }

  @Test
  void otherXmlIsRejectedWhole() throws Exception {
    ParseResult<Calculation> r = parse("<?xml version=\"1.0\"?><html><body/></html>");
    assertTrue(r.records().isEmpty());
    assertEquals("vasprun.not_vasprun", r.rejections().get(0).reason());
  }

  @Test
  void emptyInputIsRejectedNotThrown() throws Exception {
    ParseResult<Calculation> r = parse("");
    assertTrue(r.records().isEmpty());
    assertEquals(1, r.rejections().size());
  }

  @Test
  void calcIdIsTheContentNotTheLocation() throws Exception {
    byte[] xml = vasprun(10, 5, 3, 4, true, "0.001").getBytes(StandardCharsets.ISO_8859_1);
    VasprunParser parser = new VasprunParser();
    Calculation here = parser.parse(new SourceFile("s3://a/vasprun.xml", xml.length),
        new ByteArrayInputStream(xml)).records().get(0);
    Calculation there = parser.parse(new SourceFile("file:/b/copy.xml", xml.length),
        new ByteArrayInputStream(xml)).records().get(0);
    Calculation other = parse(vasprun(10, 5, 2, 4, true, "0.001")).records().get(0);
    assertEquals(here.contentHash(), there.contentHash());
    assertFalse(here.contentHash().equals(other.contentHash()));
    assertEquals(24, here.contentHash().length());
  }
}
