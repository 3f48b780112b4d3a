/** Applies the document filters to Spark tables, one verdict per dropped record. */
package dev.anneal.quality.filter.spark;
