/**
 * Shards: packed sequences written as Parquet, and the manifest that describes every file with
 * its rows, tokens and SHA-256.
 */
package dev.anneal.tokenize.shard;
