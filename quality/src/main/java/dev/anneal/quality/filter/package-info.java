/**
 * Document filters with stable reason codes: length, language, symbol and digit ratios tuned so
 * formulas, tables and CIF-like text survive, Gopher-style repetition rules and OCR garbage. Per
 * record and free of Spark; {@code filter.spark} applies them to tables.
 */
package dev.anneal.quality.filter;
