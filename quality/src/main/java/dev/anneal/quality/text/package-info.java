/**
 * Text helpers shared by filters, deduplication and decontamination: normalization for hashing
 * and the word tokens every n-gram is built from. Free of Spark.
 */
package dev.anneal.quality.text;
