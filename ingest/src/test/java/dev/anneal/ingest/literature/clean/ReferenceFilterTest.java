package dev.anneal.ingest.literature.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {"References", "REFERENCES", "7 References", "Bibliography",
      "Literature Cited", "References and Notes", "VI. REFERENCES"})
  void referenceHeadings(String heading) {
    assertTrue(ReferenceFilter.isReferenceHeading(heading));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Referenced works in context", "Results", "Preference learning"})
  void otherHeadings(String heading) {
    assertFalse(ReferenceFilter.isReferenceHeading(heading));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[12] J. B. Goodenough, K. S. Park, The Li-ion rechargeable battery: a perspective, J. Am. Chem. Soc. 135 (2013) 1167–1176.",
      "Iz Beltagy, Kyle Lo, and Arman Cohan. 2019. SciBERT: A pretrained language model for scientific text. In EMNLP.",
      "Padhi, A. K., Nanjundaswamy, K. S., Goodenough, J. B. (1997). Phospho-olivines as positive-electrode materials. J. Electrochem. Soc. 144, 1188–1194.",
      "Wu M, Chen X, Li Y. Thermal stability of layered oxides. Nat Commun. 2019;10(1):1234. doi:10.1038/s41467-019-09399-0"})
  void bibliographyEntries(String entry) {
    assertTrue(ReferenceFilter.looksLikeReference(entry), entry);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The samples were annealed at 900 °C for 12 h in flowing oxygen (Smith et al., 2019), then quenched to room temperature and ground again before the second firing.",
      "Goodenough and co-workers first reported LiFePO4 in 1997 as a cathode material; since then, carbon coating and particle size reduction have improved its rate capability considerably.",
      "In 2019, 81.1M papers were collected from 200 publishers."})
  void runningText(String text) {
    assertFalse(ReferenceFilter.looksLikeReference(text), text);
  }
}
