/**
 * The chemistry vocabulary every module shares: the elements and compositions with their
 * canonical forms. Parsing formulas as people write them lives in {@code dev.anneal.normalize.composition}.
 */
package dev.anneal.ingest.chem;
