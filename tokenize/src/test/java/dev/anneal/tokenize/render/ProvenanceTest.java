package dev.anneal.tokenize.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void papersAreNamedByTitleAndYear() {
    assertEquals("the paper “MgB2 by reaction sintering” (2021)",
        Provenance.paper(" MgB2 by reaction sintering ", 2021));
    assertEquals("the paper “Untitled draft”", Provenance.paper("Untitled draft", null));
    assertNull(Provenance.paper("", 2021));
    assertEquals("the paper “P” (2020)",
        Provenance.of("literature", "file:/x/p.md", "para 0a1b2c", "the paper “P” (2020)"));
  }

  @Test
  void filesAreNamedWithoutTheMachinesPathOrRecordIds() {
    assertEquals("lab log tc_measurements.csv, line 4",
        Provenance.of("csv", "file:/home/me/lab/tc_measurements.csv", "line 4", null));
    assertEquals("file ybco.md", Provenance.of("literature", "file:/p/ybco.md",
        "para 810b14cac019b32f5269d398", null));
    assertEquals("lab log runs.csv", Provenance.of("csv", "file:/a/logs.zip!/2024/runs.csv", "",
        null));
    assertEquals("", Provenance.of("csv", null, "line 4", null));
  }
}
