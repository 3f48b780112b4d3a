/**
 * Papers and other text documents: readers that turn each file into a document with its
 * bibliographic fields and its paragraphs in reading order.
 */
package dev.anneal.ingest.literature;
