package dev.anneal.tokenize.tokenizer;

import dev.anneal.tokenize.tokenizer.hf.LoadedTokenizers;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a tokenizer by its configured name. */
public final class Tokenizers {

  /** Prefix of a Hugging Face {@code tokenizer.json} path in the configuration. */
  public static final String HF_PREFIX = "hf:";

  private Tokenizers() {
  }

  /**
   * The tokenizer called {@code name}: a tiktoken encoding ({@code o200k_base}, ...), or a
   * Hugging Face byte-level BPE {@code tokenizer.json} given as {@code hf:PATH} or as a path
   * ending in {@code .json}; a caller mistake, with the known names, if there is none.
   */
  public static TextTokenizer named(String name) {
    if (TiktokenTokenizer.supports(name)) {
      return TiktokenTokenizer.named(name);
    }
    if (name.startsWith(HF_PREFIX)) {
      return LoadedTokenizers.get(Path.of(name.substring(HF_PREFIX.length())), name);
    }
    if (name.endsWith(".json")) {
      if (!Files.isRegularFile(Path.of(name))) {
        throw new IllegalArgumentException("tokenizer file '" + name + "' does not exist");
      }
      return LoadedTokenizers.get(Path.of(name), name);
    }
    throw new IllegalArgumentException("unknown tokenizer '" + name
        + "': use one of o200k_base, cl100k_base, r50k_base, or hf:PATH/tokenizer.json");
  }
}
