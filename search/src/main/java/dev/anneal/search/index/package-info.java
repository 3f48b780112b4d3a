/**
 * Building the Lucene index: the plain records the Spark stage hands over, the field schema and
 * analyzers, and {@link dev.anneal.search.index.SearchIndexWriter} with its merge of partition
 * indexes. Every kind of record lands in one index, told apart by its {@code kind} field.
 */
package dev.anneal.search.index;
