/**
 * Querying an Anneal search index: {@link dev.anneal.search.Searcher} runs a query in Anneal's
 * query language and returns highlighted hits that render as JSON or as terminal text.
 * Building the index lives in {@code dev.anneal.search.index}, the query language in
 * {@code dev.anneal.search.query}.
 */
package dev.anneal.search;
