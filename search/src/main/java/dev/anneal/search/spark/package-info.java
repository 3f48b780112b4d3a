/**
 * Building the index in Spark: each task indexes its partition into a local Lucene index and
 * ships it to a staging directory; the driver merges the parts with {@code addIndexes}.
 */
package dev.anneal.search.spark;
