/**
 * Sequence packing: tokenized documents joined with end-of-text tokens into fixed-length
 * training sequences, with each document's span recorded so attention can be masked.
 */
package dev.anneal.tokenize.pack;
