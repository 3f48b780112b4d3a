/**
 * Reads OPTIMADE structure entries (API responses, single entries and JSON Lines dumps) into
 * {@link dev.anneal.ingest.crystal.Structure}s. Responses are streamed entry by entry so a large
 * download is never held as one JSON tree.
 */
package dev.anneal.ingest.crystal.optimade;
