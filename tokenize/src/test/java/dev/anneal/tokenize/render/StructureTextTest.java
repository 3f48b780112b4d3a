package dev.anneal.tokenize.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTextTest {

  private static Structure mgb2() {
    Lattice l = new Lattice(3.086, 3.086, 3.524, 90, 90, 120);
    return new Structure("file:/MgB2.cif", "cif", "MgB2", "Mg B2", l, List.of(
        new Site("Mg", null, 1.0, 0, 0, 0, "Mg1"),
        new Site("B", null, 1.0, 1.0 / 3, 2.0 / 3, 0.5, "B1"),
        new Site("B", null, 1.0, 2.0 / 3, 1.0 / 3, 0.5, "B1")), "P 6/m m m", 191, List.of());
  }

  @Test
  void rendersFormulaSpaceGroupLatticeAndOneLinePerSite() {
    String text = new StructureText(4).render(mgb2());
    String[] lines = text.split("\n");
    assertEquals("Crystal structure of MgB2 (space group P 6/m m m, No. 191)", lines[0]);
    assertEquals("lattice a=3.0860 b=3.0860 c=3.5240 Å alpha=90.00 beta=90.00 gamma=120.00°",
        lines[1]);
    assertTrue(lines[2].startsWith("cell formula Mg1 B2, 3 sites"), lines[2]);
    assertEquals("B 0.3333 0.6667 0.5000", lines[4]);
    assertEquals(6, lines.length);
  }

  @Test
  void partialOccupancyIsWritten() {
    Structure s = new Structure("u", "cif", "b", "", new Lattice(5.54, 5.54, 5.54, 90, 90, 90),
        List.of(new Site("Si", null, 0.5, 0, 0, 0, "X"), new Site("Ge", null, 0.5, 0, 0, 0, "X")),
        "", 0, List.of());
    String text = new StructureText(3).render(s);
    assertTrue(text.contains("Si 0.000 0.000 0.000 occ=0.500"), text);
    // One disordered position: pymatgen writes non-integral cells unreduced.
    assertTrue(text.startsWith("Crystal structure of Si0.5Ge0.5\n"), text);
    assertTrue(text.contains("1 site,"), text);
  }
}
