package dev.anneal.normalize.link;

/**
 * A formula found in text, with the phase hints of the sentence it stands in.
 *
 * @param formula the formula read
 * @param hints   what its sentence says about the phase (else the whole text's)
 */
public record Mention(FormulaRef formula, PhaseHints hints) {
}
