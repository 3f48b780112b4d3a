package dev.anneal.ingest.literature.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void commonLanguagesOfPapers() {
    assertEquals("en", guesser.language("The samples were annealed at 900 °C for twelve hours in "
        + "flowing oxygen and then slowly cooled to room temperature."));
    assertEquals("de", guesser.language("Die Proben wurden zwölf Stunden lang bei 900 °C in "
        + "strömendem Sauerstoff geglüht und danach langsam auf Raumtemperatur abgekühlt."));
    assertEquals("fr", guesser.language("Les échantillons ont été recuits à 900 °C pendant douze "
        + "heures sous oxygène, puis refroidis lentement jusqu'à la température ambiante."));
  }

  @Test
  void tooShortToTell() {
    assertEquals("", guesser.language("LiFePO4"));
  }
}
