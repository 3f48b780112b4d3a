package dev.anneal.normalize.synthesis;

import dev.anneal.ingest.ContentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a paper's paragraph into a {@code raw/synthesis} row when the {@link ParagraphScorer}
 * judges it a synthesis description: targets, precursors and steps by {@link ParagraphExtractor},
 * the route by {@link MethodClassifier}. When the paragraph names no product (papers often say
 * only "the powders were calcined…"), the formulas of the document's title that are not among
 * the paragraph's precursors are its targets, flagged {@code target_from_title}.
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
   * @param title     the document's title, or ""
   */
  public static Optional<SynthesisRow> interpret(String sourceUri, String docId, String paraId,
                                                 String section, String text, String title) {
    double score = ParagraphScorer.score(section, text);
    if (score < ParagraphScorer.THRESHOLD) {
      return Optional.empty();
    }
    ParagraphExtractor.Extraction e = ParagraphExtractor.extract(text);
    List<SynthesisRow.Target> targets = new ArrayList<>();
    e.targets().forEach(t -> targets.add(Targets.target(t)));
    if (targets.isEmpty() && title != null) {
      java.util.Set<String> precursors = new java.util.HashSet<>();
      e.precursors().forEach(p -> precursors.add(p.reducedFormula()));
      for (FormulaMentions.Mention f : FormulaMentions.find(title)) {
        SynthesisRow.Target t = Targets.target(f.text());
        if (!precursors.contains(t.reducedFormula())
            && targets.stream().noneMatch(x -> x.asWritten().equals(f.text()))) {
          List<String> flags = new ArrayList<>(t.flags());
          flags.add("target_from_title");
          targets.add(new SynthesisRow.Target(t.asWritten(), t.reducedFormula(), t.chemsys(),
              flags));
        }
      }
    }
    return Optional.of(new SynthesisRow(ContentId.of("synthesis", paraId), sourceUri,
        "literature", docId, paraId, "", text, score, MethodClassifier.classify(text), targets,
        e.precursors(), e.operations(), e.flags()));
  }
}
