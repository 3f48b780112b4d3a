package dev.anneal.quality.decontam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 13-gram matching against evaluation items, long and short. */
class NgramIndexTest {

  @Test
  void aSampleQuotingAQuestionMatchesItsBenchmarkAndParaphrasesDoNot() {
    NgramIndex index = new NgramIndex(13)
        .add("supercon-qa", List.of("What is the superconducting transition temperature of MgB2 "
            + "at ambient pressure in kelvin according to the 2001 discovery paper?"), 8)
        .add("short-qa", List.of("Which element has the symbol Nb in the periodic table?"), 8);
    assertEquals("supercon-qa", index.match("Intro text. What is the superconducting transition "
        + "temperature of MgB2 at ambient pressure in kelvin according to the 2001 discovery "
        + "paper? It is 39 K."));
    assertEquals("short-qa", index.match("Quiz: which element has the symbol Nb in the periodic "
        + "table? Niobium."));
    assertNull(index.match("MgB2 becomes superconducting near 39 K at ambient pressure."));
  }
}
