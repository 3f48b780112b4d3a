package dev.anneal.tokenize.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.ingest.crystal.Lattice;
import dev.anneal.ingest.crystal.Site;
import dev.anneal.ingest.crystal.Structure;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureFormsTest {

  private static Structure nacl() {
    return new Structure("file:/NaCl.cif", "cif", "NaCl", "Na Cl",
        new Lattice(5.6402, 5.6402, 5.6402, 90, 90, 90), List.of(
        new Site("Na", null, 1.0, 0, 0, 0, "Na1"), new Site("Na", null, 1.0, 0, 0.5, 0.5, "Na1"),
        new Site("Cl", null, 1.0, 0.5, 0.5, 0.5, "Cl1"), new Site("Cl", null, 1.0, 0.5, 0, 0, "Cl1")),
        "F m -3 m", 225, List.of());
  }

  @Test
  void cifLikeFormListsTheFullCellInP1WithTheConfiguredPrecision() {
    String cif = new StructureText(3, StructureText.CIF_LIKE).render(nacl());
    assertTrue(cif.startsWith("data_NaCl\n"), cif);
    assertTrue(cif.contains("_cell_length_a 5.640\n"), cif);
    assertTrue(cif.contains("_symmetry_space_group_name_H-M 'P 1'"), cif);
    assertTrue(cif.contains("# space group F m -3 m No. 225"), cif);
    assertTrue(cif.contains("\nNa2 Na 0.000 0.500 0.500 1.000"), cif);
    assertTrue(cif.endsWith("Cl2 Cl 0.500 0.000 0.000 1.000"), cif);
  }

  @Test
  void aTranslationMovesEverySiteByTheSameSeededShiftWrappedIntoTheCell() {
    double[] shift = RandomTranslation.of(7, "nacl", 1);
    assertArrayEquals(shift, RandomTranslation.of(7, "nacl", 1));
    assertFalse(Arrays.equals(shift, RandomTranslation.of(8, "nacl", 1)), "the seed matters");
    assertFalse(Arrays.equals(shift, RandomTranslation.of(7, "nacl", 2)), "each copy differs");
    StructureText text = new StructureText(6, StructureText.CRYSTAL_TEXT);
    String plain = text.render(nacl());
    String moved = text.render(nacl(), shift);
    assertNotEquals(plain, moved);
    String[] lines = moved.split("\n");
    String[] first = lines[3].split(" ");
    String[] third = lines[5].split(" ");
    for (int k = 0; k < 3; k++) {
      double a = Double.parseDouble(first[k + 1]);
      double b = Double.parseDouble(third[k + 1]);
      assertTrue(a >= 0 && a < 1 && b >= 0 && b < 1);
      // Na (0,0,0) and Cl (0.5,0.5,0.5) stay half a cell apart on every axis.
      double d = Math.abs(a - b);
      assertEquals(0.5, d, 2e-6, "axis " + k + ": " + moved);
    }
    assertEquals(plain.split("\n")[1], lines[1], "the lattice does not move");
  }

  @Test
  void unknownTemplatesFailWithWhereTheyAreLookedFor() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StructureText(4, "nope"));
    assertTrue(e.getMessage().contains("templates/structure/nope.txt"), e.getMessage());
  }

  @Test
  void aTemplateLineWhoseFieldsAreAllEmptyIsLeftOut() {
    String text = ParagraphText.render("A title", "", "Body.");
    assertEquals("A title\nBody.", text);
    assertEquals("Body.", ParagraphText.render("plain", "A title", "Intro", "Body."));
  }

  private static void assertArrayEquals(double[] a, double[] b) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
  }
}
