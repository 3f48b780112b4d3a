/**
 * CIF 1.1 syntax: the tokenizer ({@link dev.anneal.ingest.crystal.cif.CifLexer}), the grammar
 * ({@link dev.anneal.ingest.crystal.cif.CifReader}) and the tree it builds (files, blocks, loops,
 * values). Knows nothing of crystals; {@code dev.anneal.ingest.crystal.CifParser} reads
 * structures from the tree.
 */
package dev.anneal.ingest.crystal.cif;
