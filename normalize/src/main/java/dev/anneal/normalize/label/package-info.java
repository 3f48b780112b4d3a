/**
 * Label denoising: per (material, property, condition) group, unit-slip detection, plausibility
 * ranges and robust consensus over the measured values. Plain Java, no Spark types; the Spark
 * grouping and the cross-source truth discovery live in {@code label.spark}.
 */
package dev.anneal.normalize.label;
