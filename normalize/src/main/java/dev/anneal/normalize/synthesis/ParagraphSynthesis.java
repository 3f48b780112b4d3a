package dev.anneal.normalize.synthesis;

import dev.anneal.ingest.ContentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a paper's paragraph into a {@code raw/synthesis} row when the {@link ParagraphScorer}
 * judges it a synthesis description: targets, precursors and steps by {@link ParagraphExtractor},
 * the route by {@link MethodClassifier}.
 */
public final class ParagraphSynthesis {

  private ParagraphSynthesis() {
  }

  /**
   * The synthesis {@code text} describes, or empty when it scores below
   * {@link ParagraphScorer#THRESHOLD}.
   *
   * @param sourceUri the document's file
   * @param docId     the document
   * @param paraId    the paragraph
   * @param section   the paragraph's section heading, or ""
   * @param text      the paragraph
   */
  public static Optional<SynthesisRow> interpret(String sourceUri, String docId, String paraId,
                                                 String section, String text) {
    double score = ParagraphScorer.score(section, text);
    if (score < ParagraphScorer.THRESHOLD) {
      return Optional.empty();
    }
    ParagraphExtractor.Extraction e = ParagraphExtractor.extract(text);
    List<SynthesisRow.Target> targets = new ArrayList<>();
    e.targets().forEach(t -> targets.add(Targets.target(t)));
    return Optional.of(new SynthesisRow(ContentId.of("synthesis", paraId), sourceUri,
        "literature", docId, paraId, "", text, score, MethodClassifier.classify(text), targets,
        e.precursors(), e.operations(), e.flags()));
  }
}
