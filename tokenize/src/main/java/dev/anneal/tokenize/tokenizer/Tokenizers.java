package dev.anneal.tokenize.tokenizer;

/** Finds a tokenizer by its configured name. */
public final class Tokenizers {

  private Tokenizers() {
  }

  /** The tokenizer called {@code name}; a caller mistake, with the known names, if there is none. */
  public static TextTokenizer named(String name) {
    if (TiktokenTokenizer.supports(name)) {
      return TiktokenTokenizer.named(name);
    }
    throw new IllegalArgumentException("unknown tokenizer '" + name
        + "': use one of o200k_base, cl100k_base, r50k_base");
  }
}
