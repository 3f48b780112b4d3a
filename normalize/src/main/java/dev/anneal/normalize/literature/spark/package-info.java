/** Spark wiring of reported values: {@code raw/paragraphs} in, measurement envelope rows out. */
package dev.anneal.normalize.literature.spark;
