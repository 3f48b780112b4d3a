package dev.anneal.normalize.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaMentionsTest {

  private static List<String> found(String text) {
    return FormulaMentions.find(text).stream().map(FormulaMentions.Mention::text).toList();
  }

  @Test
  void formulasAsChemistsWriteThemInProse() {
    assertEquals(List.of("Ni(NO3)2·6H2O", "La0.6Sr0.4Co0.2Fe0.8O3-δ", "Li2Si2O5", "TiO₂"),
        found("Ni(NO3)2·6H2O was added. La0.6Sr0.4Co0.2Fe0.8O3-δ powder; lithium disilicate "
            + "(Li2Si2O5) glass; anatase TiO₂."));
  }

  @Test
  void acronymsSingleElementsChargedIonsAndLaserGasesAreNot() {
    assertEquals(List.of(), found("VASP, PBE, SEM, XRD and CO were used with Ce, Co and In, a "
        + "KrF laser, the Ce3+ emission and a JEM-2100F microscope."));
  }
}
