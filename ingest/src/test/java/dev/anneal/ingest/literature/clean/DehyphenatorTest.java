package dev.anneal.ingest.literature.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DehyphenatorTest {

  private static String join(String paragraph, String... restOfDocument) {
    List<String> texts = new java.util.ArrayList<>(List.of(restOfDocument));
    texts.add(paragraph);
    return Dehyphenator.forTexts(texts).join(paragraph);
  }

  @Test
  void aWordBrokenAtTheLineEndIsMended() {
    assertEquals("The powders were synthesized by a conventional route.",
        join("The powders were synthe-\nsized by a conventional\nroute."));
  }

  @Test
  void realCompoundsKeepTheirHyphen() {
    assertEquals("a solid-state reaction", join("a solid-\nstate reaction"));
    assertEquals("Li-ion cells", join("Li-\nion cells"));
    assertEquals("X-ray diffraction", join("X-\nray diffraction"));
    assertEquals("LiFePO4-based cathodes", join("LiFePO4-\nbased cathodes"));
    assertEquals("state-of-the-art models", join("state-of-the-\nart models"));
  }

  @Test
  void theDocumentItselfDecides() {
    // "co-workers" spelled with a hyphen elsewhere keeps it; "precursor" spelled joined is joined.
    assertEquals("as co-workers showed", join("as co-\nworkers showed", "Our co-workers agree."));
    assertEquals("the precursor was", join("the precur-\nsor was", "A precursor is needed."));
  }

  @Test
  void dashesAtTheLineEndJoinWithoutSpace() {
    assertEquals("mention–mention relations", join("mention–\nmention relations"));
  }
}
