/**
 * Anneal's query language: free text and quoted phrases scored with BM25, plus chemistry-aware
 * field clauses ({@code formula:}, {@code elements:}, {@code only:}, {@code sg:}, {@code year:}…)
 * that filter. {@link dev.anneal.search.query.QueryParser} turns a query string into a Lucene
 * query or a {@link dev.anneal.search.query.QuerySyntaxException} that says what is wrong and where.
 */
package dev.anneal.search.query;
