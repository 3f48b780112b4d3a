/**
 * Spark side of material linking: claims read from every source table, joined to the known
 * polymorphs of their formula, resolved into {@code curated/links} and grouped into
 * {@code curated/materials}. Joins, group-bys and per-row functions only.
 */
package dev.anneal.normalize.link.spark;
