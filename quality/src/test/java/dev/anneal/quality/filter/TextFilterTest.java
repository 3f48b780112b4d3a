package dev.anneal.quality.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Each rule fires on the text made to break it, and scientific text passes them all. */
class TextFilterTest {

  private final TextFilter filter = TextFilter.defaults();

  private String reason(String text) {
    Verdict v = filter.check(text, null, true);
    return v == null ? null : v.reason();
  }

  @Test
  void mathFormulasTablesAndCifLinesSurvive() {
    assertNull(reason("The critical temperature of YBa2Cu3O7−δ is Tc ≈ 92 K; with "
        + "ΔH = −1.2 eV/atom and ρ(T) = ρ0 + AT², the fit gives A = 3.1×10⁻³ μΩ·cm/K² (R² = 0.998)."));
    assertNull(reason("| x | a (Å) | Tc (K) |\n|---|---|---|\n| 0.05 | 3.905 | 38.2 |\n"
        + "| 0.10 | 3.912 | 36.0 |\n| 0.15 | 3.920 | 31.5 |"));
    assertNull(reason("_cell_length_a 5.6402\n_cell_length_b 5.6402\n_cell_length_c 5.6402\n"
        + "_symmetry_space_group_name_H-M 'F m -3 m'\nNa1 Na 0 0 0\nCl1 Cl 0.5 0.5 0.5"));
    assertNull(reason("We measured the pH of the mRNA buffer and the dHvA oscillations."));
  }

  @Test
  void eachRuleHasItsStableReason() {
    assertEquals("filter.too_short", reason("Hi"));
    assertEquals("filter.symbol_ratio", reason("©©©© ®®®® ☺☺☺☺ ♠♠♠♠ words here and there ok"));
    assertEquals("filter.digit_ratio", reason("1234567890 0987654321 1234567 id"));
    assertEquals("filter.duplicate_lines", reason("buy now\nbuy now\nbuy now\nbest offer today"));
    StringBuilder spam = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      spam.append("the cat sat on the mat and then word").append(i).append(' ');
    }
    assertEquals("filter.top_ngram", reason(spam.toString()));
    assertEquals("filter.ocr_garbage", reason("Tlie qxzvbn wOrd rnkthl tHe sample wns "
        + "prcprd bcdfgh at 900 C"));
    Verdict lang = filter.check("Die Probe wurde bei 900 Grad geglüht.", "de", true);
    assertEquals("filter.language", lang.reason());
    assertNull(filter.check("The sample was annealed at 900 C.", "en", true));
  }

  @Test
  void lengthRulesAreSkippedWhenAsked() {
    assertNull(filter.check("Hi", null, false));
  }
}
