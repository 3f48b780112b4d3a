/**
 * Hugging Face {@code tokenizer.json} support for byte-level BPE models (GPT-2, Falcon, Llama 3,
 * Qwen 2), in plain Java with the same ids as the Rust {@code tokenizers} library.
 * Each pipeline stage of the library (added tokens, normalizer, pre-tokenizer, model, decoder)
 * has its own small class here, and anything unsupported fails when the file is loaded.
 */
package dev.anneal.tokenize.tokenizer.hf;
