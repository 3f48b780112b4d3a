/**
 * Decontamination: word n-grams (13 by default) of evaluation sets named in the configuration,
 * and the training samples that share one with a benchmark, removed or flagged with the
 * benchmark's name.
 */
package dev.anneal.quality.decontam;
