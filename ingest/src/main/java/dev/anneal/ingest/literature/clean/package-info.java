/**
 * Text cleanup shared by every document reader: Unicode repair that keeps chemistry and math
 * intact, de-hyphenation of line-broken words, running headers and page numbers, reference-list
 * detection and language detection.
 */
package dev.anneal.ingest.literature.clean;
