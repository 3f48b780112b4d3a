package dev.anneal.ingest.literature.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class UnicodeCleanerTest {

  @Test
  void ligaturesAreExpanded() {
    assertEquals("efficient flow of fine films", UnicodeCleaner.clean("e\uFB03cient \uFB02ow of \uFB01ne \uFB01lms"));
  }

  @Test
  void chemistryAndMathSurviveWhereNfkcWouldDamageThem() {
    String text = "Li₂CO₃ at 900 °C, a = 5.64 Å, x² + y³, δ = 0.05, Fe³⁺, ½ h, 10⁻³ S cm⁻¹";
    assertEquals(text, UnicodeCleaner.clean(text));
    // What NFKC would have done, to show the choice matters:
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    assertEquals(false, nfkc.contains("₂"), "NFKC flattens subscripts: " + nfkc);
  }

  @Test
  void lookAlikeSignsBecomeTheLettersTheyStandFor() {
    assertEquals("Å", UnicodeCleaner.clean("\u212B"), "angstrom sign → Å");
    assertEquals("Ω", UnicodeCleaner.clean("\u2126"), "ohm sign → Ω");
    assertEquals("K", UnicodeCleaner.clean("\u212A"), "kelvin sign → K");
    assertEquals("5 μm", UnicodeCleaner.clean("5\u00A0\u00B5m"), "micro sign → Greek mu, no-break space → space");
  }

  @Test
  void spacingAccentsFromPdfTextAreComposed() {
    assertEquals("Schrödinger", UnicodeCleaner.clean("Schr\u00A8odinger"));
    assertEquals("café", UnicodeCleaner.clean("caf\u00B4e"));
  }

  @Test
  void invisibleAndControlCharactersGo() {
    assertEquals("synthesized", UnicodeCleaner.clean("synthe\u00ADsized\u200B"));
    assertEquals("a b", UnicodeCleaner.clean("a\u0007\tb"));
  }
}
