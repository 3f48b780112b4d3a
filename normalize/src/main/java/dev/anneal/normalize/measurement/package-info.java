/**
 * Interprets lab-log records read by {@code dev.anneal.ingest.lablog}: material text becomes a
 * composition, value and unit become a canonical quantity, and every record that cannot be read
 * honestly becomes a quarantine rejection with a stable {@code measurement.*} reason. No value is
 * converted without a known unit, and no material is guessed.
 */
package dev.anneal.normalize.measurement;
