package dev.anneal.tokenize.tokenizer.hf;

import java.util.List;

/** Splits text with GPT-2's pre-tokenization regex ({@link ByteLevelPreTokenizer#GPT2}). */
final class Gpt2Splitter {

  private Gpt2Splitter() {
  }

  /** Appends the non-empty pieces of {@code text} (every character belongs to exactly one). */
  static void split(String text, List<String> out) {
    SplitBehavior.ISOLATED.apply(text, Matches.ofRegex(ByteLevelPreTokenizer.GPT2, text), out);
  }
}
