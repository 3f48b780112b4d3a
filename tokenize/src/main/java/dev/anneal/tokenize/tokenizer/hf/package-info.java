/**
 * Hugging Face {@code tokenizer.json} support for BPE models, byte-level (GPT-2, Falcon, Llama 3,
 * Qwen, DeepSeek-V3) and SentencePiece-style over characters with byte fallback (Llama 2, Mistral,
 * Gemma), in plain Java with the same ids as the Rust {@code tokenizers} library.
 * Each pipeline stage of the library (added tokens, normalizer, pre-tokenizer, model, decoder)
 * has its own small class here, the document boundaries are resolved as the base model draws
 * them, and anything unsupported (Unigram, WordPiece) fails when the file is loaded.
 */
package dev.anneal.tokenize.tokenizer.hf;
