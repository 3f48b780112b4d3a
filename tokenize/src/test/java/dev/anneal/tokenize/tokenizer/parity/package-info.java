/**
 * Id-for-id parity of Anneal's tokenizers with the reference implementations (npm tiktoken and
 * the Hugging Face tokenizers library) on a mixed scientific corpus.
 * The corpus is generated deterministically from the shared real-world files plus Unicode
 * stress lines, and the references run as a Node script.
 */
package dev.anneal.tokenize.tokenizer.parity;
