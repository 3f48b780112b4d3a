/**
 * The near-duplicate benchmark: a generated corpus with known duplicate clusters, Anneal's MinHash
 * LSH deduplication and Spark MLlib's {@code MinHashLSH} on the same data, and their precision and
 * recall against exact Jaccard ground truth. Run by {@code scripts/bench/dedup.sh}.
 */
package dev.anneal.bench.dedup;
