/**
 * The Spark face of ingest: the raw tables' schemas, records turned into rows, and the
 * partition function that reads files inside tasks. Per-file logic stays in the parent package.
 */
package dev.anneal.ingest.spark;
