package dev.anneal.tokenize.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

  @Test
  void aPaperReadsInOrderWithItsHeadingsAbstractAndCaptions() {
    // given out of order, as collect_list returns them
    List<DocumentText.Part> parts = List.of(
        new DocumentText.Part(3, "Results", "caption", "Figure 1. XRD pattern of MgB2."),
        new DocumentText.Part(0, "Abstract", "abstract", "We made MgB2."),
        new DocumentText.Part(2, "Results", "body", "Tc is 39 K."),
        new DocumentText.Part(1, "Experimental", "body", "Mg and B were sintered."),
        new DocumentText.Part(4, "Results", "body", "The cell is hexagonal."));
    assertEquals("# MgB2 by reaction sintering\n\n## Abstract\n\nWe made MgB2.\n\n"
        + "## Experimental\n\nMg and B were sintered.\n\n## Results\n\nTc is 39 K.\n\n"
        + "Figure 1. XRD pattern of MgB2.\n\nThe cell is hexagonal.",
        DocumentText.render("default", " MgB2 by reaction sintering ", "ignored: the paper has one",
            parts));
  }

  @Test
  void theDocumentsAbstractIsUsedWhenNoParagraphIsTheAbstract() {
    List<DocumentText.Part> parts = List.of(
        new DocumentText.Part(0, "", "body", "Opening words."),
        new DocumentText.Part(1, "Methods", "body", "PBE."));
    assertEquals("## Abstract\n\nShort abstract.\n\nOpening words.\n\n## Methods\n\nPBE.",
        DocumentText.render("plain", "T", "Short abstract.", parts));
  }

  @Test
  void aSectionHeadingIsWrittenOnceEvenAfterACaptionWithoutOne() {
    List<DocumentText.Part> parts = List.of(
        new DocumentText.Part(0, "Results", "body", "a"),
        new DocumentText.Part(1, "", "caption", "Table 1. b"),
        new DocumentText.Part(2, "Results", "body", "c"));
    assertEquals("# T\n\n## Results\n\na\n\nTable 1. b\n\nc",
        DocumentText.render("default", "T", null, parts));
  }
}
