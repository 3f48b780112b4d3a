package dev.anneal.tokenize.tokenizer.hf;

/** A {@code tokenizer.json} model: turns one pre-tokenized piece into ids. */
interface TokenModel {

  /** Appends the ids of {@code piece} to {@code out}. */
  void encode(String piece, IntBuffer out);
}
