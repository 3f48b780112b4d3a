package dev.anneal.normalize.synthesis;

import dev.anneal.normalize.composition.FormulaParser;
import dev.anneal.normalize.composition.FormulaResult;
import java.util.List;

/** Reads a product or precursor formula as written into its canonical forms, or flags why not. */
public final class Targets {

  private Targets() {
  }

  /** A target with its reduced formula and chemical system, or null forms and the reason code. */
  public static SynthesisRow.Target target(String asWritten) {
    FormulaResult r = FormulaParser.parse(asWritten);
    if (r instanceof FormulaResult.Parsed p) {
      return new SynthesisRow.Target(asWritten, p.composition().reducedFormula(),
          p.composition().chemsys(), p.flagCodes());
    }
    return new SynthesisRow.Target(asWritten, null, null,
        List.of(((FormulaResult.Rejected) r).reason().code()));
  }

  /** The reduced formula of {@code formula}, or null when it is empty or cannot be read. */
  public static String reducedFormula(String formula) {
    if (formula == null || formula.isBlank()) {
      return null;
    }
    FormulaResult r = FormulaParser.parse(formula);
    return r instanceof FormulaResult.Parsed p ? p.composition().reducedFormula() : null;
  }
}
