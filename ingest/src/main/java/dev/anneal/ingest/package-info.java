/**
 * Reading raw inputs: a file's format is detected, one parser per format family turns it into
 * raw records, and whatever cannot be read becomes a {@link dev.anneal.ingest.Rejection}.
 * Everything in this package is plain Java; the Spark wiring lives in {@code dev.anneal.ingest.spark}.
 */
package dev.anneal.ingest;
