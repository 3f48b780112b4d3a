/**
 * Training data: records rendered to text, tokenized, packed into fixed-length sequences and
 * written as Parquet shards with a manifest that lets a training team audit and reproduce them.
 */
package dev.anneal.tokenize;
