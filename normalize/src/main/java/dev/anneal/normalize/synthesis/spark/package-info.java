/**
 * Spark wiring of synthesis interpretation: {@code raw/synthesis_records} and
 * {@code raw/paragraphs} in, {@code raw/synthesis} rows out.
 */
package dev.anneal.normalize.synthesis.spark;
