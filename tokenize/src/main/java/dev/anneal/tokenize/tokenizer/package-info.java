/**
 * Tokenizers behind one interface, so rendering, packing and the manifest do not care which
 * model's vocabulary is used.
 */
package dev.anneal.tokenize.tokenizer;
