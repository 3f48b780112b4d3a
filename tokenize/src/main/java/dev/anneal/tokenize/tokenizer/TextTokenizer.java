package dev.anneal.tokenize.tokenizer;

/** Turns text into token ids and back, with the end-of-text token used between documents. */
public interface TextTokenizer {

  /** The tokenizer's name as configured, e.g. {@code o200k_base}. */
  String name();

  /** The number of ids, special tokens included. */
  int vocabSize();

  /** The id written between documents: the base model's document-end token. */
  int endOfTextId();

  /**
   * The id each document starts with (the base model's beginning-of-sequence token, where its
   * post-processor puts one before every text, or as {@code tokenize.bos} says), or -1 for none.
   */
  default int beginOfSequenceId() {
    return -1;
  }

  /** SHA-256 of the tokenizer's definition (vocabulary and merges), for the manifest. */
  String definitionSha256();

  /** The ids of {@code text}; special-token strings in the text are encoded as ordinary text. */
  int[] encode(String text);

  /** The ids of one whole document: {@link #beginOfSequenceId()} first when there is one, then {@link #encode}. */
  default int[] encodeDocument(String text) {
    int[] ids = encode(text);
    int bos = beginOfSequenceId();
    if (bos < 0) {
      return ids;
    }
    int[] withBos = new int[ids.length + 1];
    withBos[0] = bos;
    System.arraycopy(ids, 0, withBos, 1, ids.length);
    return withBos;
  }

  /** The text of {@code ids}. */
  String decode(int[] ids);
}
