package dev.anneal.normalize.label;

/**
 * One measured value of one material's property, as it enters denoising.
 *
 * @param id                  the measurement's id ({@code meas_id})
 * @param source              who reported it (a paper, an operator, a file), for reliability
 * @param value               the value in the property's canonical unit, as recorded
 * @param atomsPerFormulaUnit atoms in the material's reduced formula (for per-atom slips)
 */
public record Observation(String id, String source, double value, double atomsPerFormulaUnit) {
}
