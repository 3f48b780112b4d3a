package dev.anneal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void textsDifferingOnlyInCaseSpacingPunctuationAndCompatibilityFormsHashAlike() {
    assertEquals("fig 1 shows tio2 at 300 k", ContentHash.normalized("Fig. 1  shows\nTiO₂ at 300 K!"));
    assertEquals(ContentHash.ofText("Fig. 1 shows TiO2."), ContentHash.ofText("fig 1, shows tio2"));
    assertNotEquals(ContentHash.ofText("Fig. 1 shows TiO2."), ContentHash.ofText("Fig. 2 shows TiO2."));
  }

  @Test
  void aTextWithoutWordsHasNoHash() {
    assertEquals("", ContentHash.ofText(" -- ... "));
    assertEquals("", ContentHash.ofText(null));
  }
}
