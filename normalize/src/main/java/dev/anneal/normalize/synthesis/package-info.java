/**
 * Synthesis descriptions interpreted ({@code raw/synthesis}): structured records read from
 * {@code raw/synthesis_records} and synthesis paragraphs found in papers by a transparent scorer,
 * with targets and precursors through the formula parser and conditions in K, s and K/s through
 * the unit parser. Free of Spark; the wiring is in {@code spark}.
 */
package dev.anneal.normalize.synthesis;
