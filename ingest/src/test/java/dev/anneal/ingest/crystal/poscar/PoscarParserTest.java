package dev.anneal.ingest.crystal.poscar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Unit tests of {@link PoscarParser} on the fixtures beside this package's test resources. */
class PoscarParserTest {

  private static final double EPS = 1e-9;

  static ParseResult<Structure> parse(String name) throws IOException {
    try (InputStream in = PoscarParserTest.class.getResourceAsStream(name)) {
      assertTrue(in != null, "missing fixture " + name);
      return new PoscarParser().parse(new SourceFile("test:/" + name, -1), in);
    }
  }

  static Structure one(String name) throws IOException {
    ParseResult<Structure> r = parse(name);
    assertEquals(0, r.rejections().size(), () -> "rejections: " + r.rejections());
    assertEquals(1, r.records().size());
    Structure s = r.records().get(0);
    assertEquals("poscar", s.format());
    return s;
  }

  static Rejection rejected(String name) throws IOException {
    ParseResult<Structure> r = parse(name);
    assertEquals(0, r.records().size(), "expected no structure");
    assertEquals(1, r.rejections().size());
    return r.rejections().get(0);
  }

  @Test
  void vasp4SpeciesComeFromTheCommentLine() throws IOException {
    Structure s = one("vasp4_species_in_comment.POSCAR");
    assertEquals("CaF2", s.composition().reducedFormula());
    assertEquals(3, s.nsites());
    assertEquals("Ca", s.sites().get(0).species());
    assertEquals("F", s.sites().get(2).species());
    // fcc primitive vectors of length 5.463 * sqrt(0.5)
    assertEquals(5.4630 * Math.sqrt(0.5), s.lattice().a(), 1e-9);
    assertEquals(60.0, s.lattice().alpha(), 1e-9);
    assertTrue(s.warnings().contains("poscar.species_from_comment"));
    assertTrue(s.blockName().startsWith("Ca F2"));
  }

  @Test
  void vasp4WithoutNamesIsRejectedNotInvented() throws IOException {
    Rejection r = rejected("vasp4_no_species.POSCAR");
    assertEquals("poscar.no_species", r.reason());
    assertEquals("line 1", r.location());
  }

  @Test
  void negativeScaleIsTheCellVolume() throws IOException {
    Structure s = one("negative_scale_is_volume.POSCAR");
    assertEquals("CsCl", s.composition().reducedFormula());
    assertEquals(5.0, s.lattice().a(), 1e-9);
    assertEquals(5.0, s.lattice().c(), 1e-9);
    assertEquals(125.0, s.lattice().volume(), 1e-9);
    assertEquals(0.5, s.sites().get(1).x(), EPS);
  }

  @Test
  void negativeScaleScalesCartesianPositionsByTheDerivedFactor() throws IOException {
    Structure s = one("negative_scale_cartesian.POSCAR");
    assertEquals(5.0, s.lattice().a(), 1e-9);
    Site cl = s.sites().get(1);
    // 0.3 Å-units × 5 = 1.5 Å = 0.3 of a 5 Å cell; not -37.5 Å as a literal scale would give
    assertEquals(0.3, cl.x(), 1e-9);
    assertEquals(0.4, cl.y(), 1e-9);
    assertEquals(0.5, cl.z(), 1e-9);
  }

  @Test
  void selectiveDynamicsAndScaledCartesianPositions() throws IOException {
    Structure s = one("selective_dynamics_cartesian.POSCAR");
    assertEquals("TiO2", s.composition().reducedFormula());
    assertEquals(3, s.nsites());
    Lattice l = s.lattice();
    assertEquals(4.0, l.a(), 1e-9);
    assertEquals(Math.hypot(1.0, 4.0), l.b(), 1e-9);
    assertEquals(Math.sqrt(0.25 + 0.25 + 25.0), l.c(), 1e-9);
    Site ti = s.sites().get(0);
    assertEquals("Ti", ti.species());
    assertEquals(0.5, ti.x(), 1e-9);
    assertEquals(0.5, ti.y(), 1e-9);
    assertEquals(0.5, ti.z(), 1e-9);
    // (-0.1, -0.1, -0.1) wrapped into the cell
    Site o = s.sites().get(2);
    assertEquals(0.9, o.x(), 1e-9);
    assertEquals(0.9, o.z(), 1e-9);
  }

  @Test
  void vasp6PotcarSuffixesAreStripped() throws IOException {
    Structure s = one("vasp6_potcar_suffixes.POSCAR");
    assertEquals("AlFe", s.composition().reducedFormula());
    assertEquals("Fe", s.sites().get(0).species());
    assertEquals("Al", s.sites().get(1).species());
    assertEquals(2.9, s.lattice().a(), 1e-9);
    assertTrue(s.warnings().contains("poscar.potcar_suffix_stripped"));
  }

  @Test
  void vasp6ThreeScaleFactorsScaleEachCartesianAxis() throws IOException {
    Structure s = one("vasp6_three_scale_factors.POSCAR");
    assertEquals(2.9, s.lattice().a(), 1e-9);
    assertEquals(2.9, s.lattice().b(), 1e-9);
    assertEquals(3.1, s.lattice().c(), 1e-9);
    // Cartesian positions are scaled per axis too, so the body centre stays at 1/2
    assertEquals(0.5, s.sites().get(1).z(), 1e-9);
  }

  @Test
  void contcarVelocitiesAreIgnored() throws IOException {
    Structure s = one("contcar_velocities_ignored.CONTCAR");
    assertEquals("NaCl", s.composition().reducedFormula());
    assertEquals(2, s.sites().size());
  }

  @Test
  void faultsHaveReasonsAndLines() throws IOException {
    assertRejected("truncated_counts.POSCAR", "poscar.truncated", 12);
    assertRejected("bad_scale.POSCAR", "poscar.bad_scale", 2);
    assertRejected("flat_lattice.POSCAR", "poscar.bad_lattice", 3);
    assertRejected("unknown_element.POSCAR", "poscar.unknown_element", 6);
    assertRejected("species_count_mismatch.POSCAR", "poscar.count_mismatch", 7);
  }

  @Test
  void truncationAnywhereIsATruncationNotACrash() throws IOException {
    String full = "t\n1.0\n3 0 0\n0 3 0\n0 0 3\nCu\n1\nDirect\n0 0 0\n";
    String[] lines = full.split("\n");
    for (int n = 1; n < lines.length; n++) {
      String cut = String.join("\n", java.util.Arrays.copyOf(lines, n)) + "\n";
      ParseResult<Structure> r = new PoscarParser().parse(new SourceFile("mem:cut" + n, -1),
          cut.getBytes(StandardCharsets.UTF_8));
      assertEquals(1, r.rejections().size(), "cut after " + n + " lines");
      assertEquals("poscar.truncated", r.rejections().get(0).reason(), "cut after " + n);
    }
    ParseResult<Structure> whole = new PoscarParser().parse(new SourceFile("mem:whole", -1),
        full.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, whole.records().size());
  }

  @Test
  void aLatticeWhoseProductsOverflowIsABadLatticeNotACrash() {
    // Every number is finite, but the vectors' norms and volume overflow to infinity.
    String text = "t\n1.0\n1e200 0 0\n0 1e200 0\n1e200 1e200 1e200\nCu\n1\nDirect\n0 0 0\n";
    ParseResult<Structure> r = new PoscarParser().parse(new SourceFile("mem:huge", -1),
        text.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, r.records().size());
    assertEquals("poscar.bad_lattice", r.rejections().get(0).reason());
  }

  @Test
  void aBlankLineWhereTheCountsBelongIsATruncation() {
    String text = "t\n1.0\n3 0 0\n0 3 0\n0 0 3\n\n1\nDirect\n0 0 0\n";
    ParseResult<Structure> r = new PoscarParser().parse(new SourceFile("mem:blank", -1),
        text.getBytes(StandardCharsets.UTF_8));
    assertEquals("poscar.truncated", r.rejections().get(0).reason());
    assertEquals("line 6", r.rejections().get(0).location());
  }

  @Test
  void commentSpeciesFollowAse() {
    assertEquals(java.util.List.of("Bi", "Te"), PoscarSpecies.fromComment("Bi2Te3 relaxed"));
    assertEquals(java.util.List.of("B", "As"), PoscarSpecies.fromComment("B1 As1"));
    assertEquals(java.util.List.of(), PoscarSpecies.fromComment("from OUTCAR_example_1, but"));
    assertEquals("Fe", PoscarSpecies.element("Fe_pv/8a2c"));
    assertEquals(null, PoscarSpecies.element("Xx"));
  }

  private static void assertRejected(String name, String reason, int line) throws IOException {
    Rejection r = rejected(name);
    assertEquals(reason, r.reason(), name + ": " + r.message());
    assertEquals("line " + line, r.location(), name + ": " + r.message());
  }
}
