package dev.anneal.tokenize.tokenizer.hf;

import java.util.List;

/** One pre-tokenization step: cuts a piece of text into smaller pieces (and may rewrite them). */
interface PreTokenizer {

  /** Appends the pieces {@code piece} becomes to {@code out}, in order, none empty. */
  void split(String piece, List<String> out);
}
