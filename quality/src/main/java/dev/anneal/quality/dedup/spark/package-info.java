/**
 * Deduplication in Spark: exact duplicates by hash of normalized text, near duplicates by MinHash
 * LSH with exact Jaccard verification and distributed connected components, and structure
 * duplicates by formula, space group and volume per site. Each returns removed records with the
 * record kept.
 */
package dev.anneal.quality.dedup.spark;
