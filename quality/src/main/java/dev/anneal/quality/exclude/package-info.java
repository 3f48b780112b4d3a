/**
 * The {@code curated/excluded} table: every record the quality stage removes from training, with
 * a stable reason code, the record kept instead (duplicates) or the benchmark matched
 * (decontamination), and the {@code curated/samples} rows it takes out.
 */
package dev.anneal.quality.exclude;
