package dev.anneal.normalize.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphScorerTest {

  @Test
  void aRecipeScoresHighAndAMeasurementWithTemperaturesLow() {
    String recipe = "BaTiO3 was prepared from BaCO3 and TiO2, ball-milled for 24 h, calcined at "
        + "1100 °C for 4 h and sintered at 1300 °C for 2 h in air.";
    String tga = "Thermogravimetric analysis was performed in air from 30 to 1000 °C at 10 °C/min"
        + " on a Netzsch STA 449 F3; spectra were recorded at 300 K.";
    assertTrue(ParagraphScorer.score("Experimental", recipe) > 0.9);
    assertTrue(ParagraphScorer.score("Experimental", tga) < 0.2);
    ParagraphScorer.Features f = ParagraphScorer.features("Experimental", recipe);
    assertEquals(2, f.pairs(), "at 1100 °C for 4 h, at 1300 °C for 2 h");
    assertTrue(f.made());
  }

  @Test
  void aResultsHeadingCountsAgainst() {
    String text = "Samples annealed at 400 °C for 12 h were ground.";
    assertTrue(ParagraphScorer.score("Results and discussion", text)
        < ParagraphScorer.score("Experimental", text));
  }

  @Test
  void reagentsRatesAndReactionEquationsAreRecipeCues() {
    ParagraphScorer.Features reagents = ParagraphScorer.features("",
        "All chemicals were of analytical grade and used without further purification.");
    assertTrue(reagents.reagents());
    assertTrue(!ParagraphScorer.features("", "The chemical shifts were referenced to TMS.")
        .reagents());
    assertEquals(1, ParagraphScorer.features("",
        "The pellets were heated at a rate of 5 °C min-1 to the desired temperature.").rates());
    assertEquals(0, ParagraphScorer.features("", "The sample was held at 5 °C.").rates());
    assertTrue(ParagraphScorer.features("", "2La2O3 + 4MgO → 4LaMgO2.5").routes() > 0);
    assertEquals(0, ParagraphScorer.features("", "On cooling from 300 K → 10 K").routes());
    assertTrue(ParagraphScorer.features("", "To prepare ZnInGaO4, the oxides were mixed.").made());
  }
}
