/**
 * Throughput measurement of Anneal's tokenizers, run by hand as a plain {@code main}.
 * Figures go to docs/benchmarks.md; tests never assert on timings.
 */
package dev.anneal.tokenize.tokenizer.bench;
