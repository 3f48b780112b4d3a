package dev.anneal.ingest.crystal.xyz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.ParseResult;
import dev.anneal.ingest.Rejection;
import dev.anneal.ingest.SourceFile;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit tests of {@link ExtendedXyzParser} on this package's fixtures. */
class ExtendedXyzParserTest {

  static ParseResult<Structure> parse(String name) throws IOException {
    try (InputStream in = ExtendedXyzParserTest.class.getResourceAsStream(name)) {
      assertTrue(in != null, "missing fixture " + name);
      return new ExtendedXyzParser().parse(new SourceFile("test:/" + name, -1), in);
    }
  }

  @Test
  void twoFramesEachWithItsCell() throws IOException {
    ParseResult<Structure> r = parse("two_frames_with_lattice.extxyz");
    assertEquals(List.of(), r.rejections());
    assertEquals(2, r.records().size());
    Structure si = r.records().get(0);
    assertEquals("extxyz", si.format());
    assertEquals("0", si.blockName());
    assertEquals("Si", si.composition().reducedFormula());
    assertEquals(2, si.nsites());
    assertEquals(5.431 / Math.sqrt(2), si.lattice().a(), 1e-6);
    assertEquals(60.0, si.lattice().gamma(), 1e-6);
    assertEquals(0.25, si.sites().get(1).x(), 1e-8);

    Structure zno = r.records().get(1);
    assertEquals("1", zno.blockName());
    assertEquals("ZnO", zno.composition().reducedFormula());
    assertEquals(4, zno.nsites());
    assertEquals(3.25, zno.lattice().a(), 1e-6);
    assertEquals(5.21, zno.lattice().c(), 1e-6);
    assertEquals(120.0, zno.lattice().gamma(), 1e-5);
    // species sits after pos in this frame's Properties; the fractional z of the second O
    Site o = zno.sites().get(3);
    assertEquals("O", o.species());
    assertEquals(2.0 / 3, o.x(), 1e-7);
    assertEquals(0.882, o.z(), 1e-7);
  }

  @Test
  void moleculeWithoutLatticeIsRejected() throws IOException {
    ParseResult<Structure> r = parse("molecule_without_lattice.xyz");
    assertEquals(0, r.records().size());
    assertEquals(1, r.rejections().size());
    assertEquals("xyz.no_lattice", r.rejections().get(0).reason());
    assertEquals("line 2", r.rejections().get(0).location());
  }

  @Test
  void atomicNumbersStandInForSpecies() throws IOException {
    ParseResult<Structure> r = parse("atomic_numbers_no_species.extxyz");
    assertEquals(1, r.records().size());
    Structure s = r.records().get(0);
    assertEquals("NaCl", s.composition().reducedFormula());
    assertEquals(8, s.nsites());
    assertEquals(5.64, s.lattice().b(), 1e-9);
  }

  @Test
  void badFramesAreRejectedOneByOneAndGoodOnesKept() throws IOException {
    ParseResult<Structure> r = parse("mixed_frames.extxyz");
    assertEquals(1, r.records().size());
    assertEquals("Po", r.records().get(0).composition().reducedFormula());
    List<String> got = r.rejections().stream()
        .map(x -> x.reason() + "@" + x.location()).toList();
    assertEquals(List.of("xyz.no_lattice@line 5", "xyz.unknown_element@line 9",
        "xyz.bad_lattice@line 11", "xyz.bad_properties@line 14", "xyz.bad_atom_line@line 19",
        "xyz.truncated@line 20"), got);
  }

  @Test
  void aBadCountLineEndsTheFile() throws IOException {
    String text = "1\nLattice=\"2 0 0 0 2 0 0 0 2\"\nFe 0 0 0\nnot a count\n1\nx\nFe 0 0 0\n";
    ParseResult<Structure> r = new ExtendedXyzParser().parse(new SourceFile("mem:x", -1),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, r.records().size());
    Rejection bad = r.rejections().get(0);
    assertEquals("xyz.bad_count", bad.reason());
    assertEquals("line 4", bad.location());
  }

  @Test
  void commentLineValues() {
    CommentLine c = CommentLine.parse(
        "a=1 b=\"x y\" flag c='q \\' r' d={1 2 3} Lattice=\"1 0 0 0 1 0 0 0 1\"");
    assertEquals("1", c.get("a"));
    assertEquals("x y", c.get("b"));
    assertEquals("T", c.get("flag"));
    assertEquals("q ' r", c.get("c"));
    assertEquals("1 2 3", c.get("d"));
    assertEquals("1 0 0 0 1 0 0 0 1", c.get("lattice"));
  }
}
