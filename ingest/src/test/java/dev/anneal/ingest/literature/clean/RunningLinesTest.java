package dev.anneal.ingest.literature.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningLinesTest {

  @Test
  void repeatedHeadersFootersAndPageNumbersGoBodyStays() {
    String[][] body = {
        {"The precursors were mixed in an agate mortar.", "Pellets were pressed uniaxially."},
        {"The XRD patterns show a single phase.", "No impurity peaks are visible."},
        {"Rietveld refinement gives a = 5.64 Å.", "Site occupancies were fixed."},
        {"Conductivity rises with temperature.", "The activation energy is 0.4 eV."},
        {"Magnetization was measured in 1 T.", "A transition appears near 40 K."}};
    List<List<String>> pages = new ArrayList<>();
    for (int p = 1; p <= 5; p++) {
      pages.add(List.of("J. Mater. Chem. A, 2021, 9, " + (1200 + p), body[p - 1][0],
          body[p - 1][1], "Downloaded by University Library on 12/0" + p + "/2021",
          String.valueOf(p)));
    }
    List<List<String>> out = RunningLines.strip(pages);
    for (int p = 0; p < 5; p++) {
      assertEquals(List.of(body[p]), out.get(p), "page " + (p + 1));
    }
  }

  @Test
  void aLineOnTwoPagesOnlyIsNotRunning() {
    List<List<String>> pages = List.of(
        List.of("Introduction", "Text one."), List.of("Introduction", "Text two."),
        List.of("Methods", "Text three."));
    assertEquals(pages, RunningLines.strip(pages));
  }

  @Test
  void pageNumbersInTheirUsualShapes() {
    assertTrue(RunningLines.isPageNumber("12"));
    assertTrue(RunningLines.isPageNumber("- 12 -"));
    assertTrue(RunningLines.isPageNumber("Page 3 of 9"));
    assertTrue(RunningLines.isPageNumber("xii"));
    assertFalse(RunningLines.isPageNumber("12 K"));
    assertFalse(RunningLines.isPageNumber("Table 2"));
  }
}
