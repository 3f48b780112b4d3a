package dev.anneal.tokenize.tokenizer.hf;

import java.util.List;

/** One pre-tokenization step: cuts a piece of text into smaller pieces (and may rewrite them). */
interface PreTokenizer {

  /** The pre-tokenizer of a file without one: the piece is one word. */
  PreTokenizer NONE = (piece, out) -> out.add(piece);

  /** Appends the pieces {@code piece} becomes to {@code out}, in order, none empty. */
  void split(String piece, List<String> out);

  /**
   * As {@link #split(String, List)}, told whether the piece starts at the beginning of the
   * document (the library's original offset 0), which {@code Metaspace} with
   * {@code prepend_scheme: first} needs.
   */
  default void split(String piece, boolean atStart, List<String> out) {
    split(piece, out);
  }
}
