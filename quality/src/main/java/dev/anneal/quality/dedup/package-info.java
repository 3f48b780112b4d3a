/**
 * Deduplication per record, free of Spark: MinHash signatures of shingle sets and their LSH band
 * keys. The Spark side (exact, near and structure duplicates, connected components) is in
 * {@code dedup.spark}.
 */
package dev.anneal.quality.dedup;
