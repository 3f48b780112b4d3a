/**
 * OPTIMADE v1.2 over an Anneal index: the filter language (parser and translation to Lucene),
 * the structure entries written at index time, and the HTTP endpoints under {@code /optimade}.
 */
package dev.anneal.search.optimade;
