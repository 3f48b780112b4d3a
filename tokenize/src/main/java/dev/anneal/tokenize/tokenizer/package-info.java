/**
 * Tokenizers behind one interface, so rendering, packing and the manifest do not care which
 * model's vocabulary is used: tiktoken encodings by name, or a Hugging Face byte-level BPE
 * {@code tokenizer.json} as {@code tokenize.tokenizer: hf:/path/to/tokenizer.json}.
 */
package dev.anneal.tokenize.tokenizer;
