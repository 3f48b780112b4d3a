/**
 * Synthesis descriptions as sources write them ({@code raw/synthesis_records}): structured recipe
 * sets (text-mined JSON Lines) and notebook syntheses, with targets, precursors and operations
 * whose conditions keep their units as written. Interpretation (K, s, K/s) happens in normalize.
 */
package dev.anneal.ingest.synthesis;
