/**
 * Readers for laboratory logs (CSV/TSV exports, XLSX workbooks, JSON and JSON Lines,
 * {@code .eln} RO-Crate archives) that turn each row or entry into records holding values and units exactly as written.
 * Interpretation (formulas, unit conversion, plausibility) happens later, in
 * {@code dev.anneal.normalize.measurement}; only personal names and e-mail addresses are changed
 * here, so that they never reach a record.
 */
package dev.anneal.ingest.lablog;
