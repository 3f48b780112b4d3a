package dev.anneal.tokenize.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabSynthesisTextTest {

  @Test
  void furnaceStepsReadAsTheLogWroteThemInLineOrder() {
    List<LabSynthesisText.Value> values = List.of(
        new LabSynthesisText.Value("line 10", "sintering", "temperature", "950 °C", "O2", ""),
        new LabSynthesisText.Value("line 2", "calcination 1", "heating_rate", "5 °C/min", "air",
            "alumina crucible"),
        new LabSynthesisText.Value("line 2", "calcination 1", "temperature", "900 °C", "air",
            "alumina crucible"),
        new LabSynthesisText.Value("line 2", "calcination 1", "dwell_time", "12 h", "air",
            "alumina crucible"));
    assertEquals("Lab record of sample YBCO-01 (Ba2YCu3O7), lab log furnace_log.csv:\n"
        + "- calcination 1 at 900 °C, for 12 h, heating at 5 °C/min, in air (alumina crucible)\n"
        + "- sintering at 950 °C, in O2",
        LabSynthesisText.render("YBCO-01", "Ba2YCu3O7", "lab log furnace_log.csv", values));
  }
}
