/**
 * The Spark face of measurement interpretation: lab records grouped by the file they came from
 * (neighbouring rows resolve each other) and turned into {@code raw/measurements} rows.
 */
package dev.anneal.normalize.measurement.spark;
