package dev.anneal.tokenize.tokenizer;

/** Turns text into token ids and back, with the end-of-text token used between documents. */
public interface TextTokenizer {

  /** The tokenizer's name as configured, e.g. {@code o200k_base}. */
  String name();

  /** The number of ids, special tokens included. */
  int vocabSize();

  /** The id written between documents. */
  int endOfTextId();

  /** SHA-256 of the tokenizer's definition (vocabulary and merges), for the manifest. */
  String definitionSha256();

  /** The ids of {@code text}; special-token strings in the text are encoded as ordinary text. */
  int[] encode(String text);

  /** The text of {@code ids}. */
  String decode(int[] ids);
}
