/**
 * Tokenizers behind one interface, so rendering, packing and the manifest do not care which
 * model's vocabulary is used: tiktoken encodings by name, or a Hugging Face BPE
 * {@code tokenizer.json} as {@code tokenize.tokenizer: hf:/path/to/tokenizer.json}, with the
 * document-end and beginning-of-sequence tokens of {@code tokenize.end_of_text} and {@code tokenize.bos}.
 */
package dev.anneal.tokenize.tokenizer;
