package dev.anneal.ingest.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Elements and charges from type symbols and labels. */
class SpeciesSymbolTest {

  @Test
  void readsChargesInEitherOrder() {
    assertEquals(new SpeciesSymbol("Fe", 3.0, false), SpeciesSymbol.parse("Fe3+"));
    assertEquals(new SpeciesSymbol("Fe", 3.0, false), SpeciesSymbol.parse("Fe+3"));
    assertEquals(new SpeciesSymbol("O", -2.0, false), SpeciesSymbol.parse("O2-"));
    assertEquals(new SpeciesSymbol("Cl", -1.0, false), SpeciesSymbol.parse("Cl-"));
  }

  @Test
  void readsElementsFromLabelsAsPymatgenDoes() {
    assertEquals("Ca", SpeciesSymbol.parse("Ca1").element());
    assertNull(SpeciesSymbol.parse("Ca1").oxidationState());
    assertEquals("Cl", SpeciesSymbol.parse("CL2").element());
    assertEquals("C", SpeciesSymbol.parse("C12A").element());
    assertEquals("O", SpeciesSymbol.parse("Ow3").element());
    assertEquals("N", SpeciesSymbol.parse("NO3").element());
  }

  @Test
  void readsDeuteriumAsHydrogen() {
    SpeciesSymbol d = SpeciesSymbol.parse("D1");
    assertEquals("H", d.element());
    assertTrue(d.deuterium());
    assertEquals("Dy", SpeciesSymbol.parse("Dy1").element());
  }

  @Test
  void findsNoElementInNonsense() {
    assertNull(SpeciesSymbol.parse("Qq"));
    assertNull(SpeciesSymbol.parse("123"));
    assertNull(SpeciesSymbol.parse(""));
  }
}
