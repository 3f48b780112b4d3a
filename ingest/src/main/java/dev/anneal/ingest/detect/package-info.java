/**
 * Format detection: which parser, if any, reads a file. Decided from the name and the first
 * bytes, so that detection never reads a whole file.
 */
package dev.anneal.ingest.detect;
