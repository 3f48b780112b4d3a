/**
 * Document filters with stable reason codes: small rules behind {@link
 * dev.anneal.quality.filter.FilterRule} (length, language, symbol and digit ratios tuned so
 * formulas, tables and CIF-like text survive, Gopher-style repetition rules and OCR garbage),
 * built by name from configuration and run in order by {@link
 * dev.anneal.quality.filter.TextFilter}. Per record and free of Spark; {@code filter.spark}
 * applies them to tables.
 */
package dev.anneal.quality.filter;
