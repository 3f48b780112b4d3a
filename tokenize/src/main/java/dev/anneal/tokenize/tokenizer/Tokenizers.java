package dev.anneal.tokenize.tokenizer;

import dev.anneal.tokenize.tokenizer.hf.LoadedTokenizers;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a tokenizer by its configured name. */
public final class Tokenizers {

  /** Prefix of a Hugging Face {@code tokenizer.json} path in the configuration. */
  public static final String HF_PREFIX = "hf:";

  /** The largest id the shards hold: ids are written as int32 (Parquet and Megatron). */
  public static final long MAX_ID = Integer.MAX_VALUE;

  private Tokenizers() {
  }

  /**
   * The tokenizer called {@code spec}: a tiktoken encoding ({@code o200k_base}, ...), or a
   * Hugging Face {@code tokenizer.json} given as {@code hf:PATH} or as a path ending in
   * {@code .json}, optionally followed by options made by {@link TokenizerOptions#appendTo};
   * a caller mistake, with the known names, if there is none.
   */
  public static TextTokenizer named(String spec) {
    String name = TokenizerOptions.nameOf(spec);
    TokenizerOptions options = TokenizerOptions.optionsOf(spec);
    if (TiktokenTokenizer.supports(name)) {
      if (options.endOfText() != null && !"<|endoftext|>".equals(options.endOfText())) {
        throw new IllegalArgumentException("tokenize.end_of_text '" + options.endOfText() + "': " + name
            + " ends documents with <|endoftext|> only");
      }
      if (options.bos() == TokenizerOptions.Bos.ALWAYS) {
        throw new IllegalArgumentException("tokenize.bos=true but " + name + " has no beginning-of-sequence token");
      }
      return TiktokenTokenizer.named(name);
    }
    if (name.startsWith(HF_PREFIX)) {
      Path path = Path.of(name.substring(HF_PREFIX.length()));
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException("tokenizer file '" + path + "' does not exist");
      }
      return LoadedTokenizers.get(path, name, options);
    }
    if (name.endsWith(".json")) {
      if (!Files.isRegularFile(Path.of(name))) {
        throw new IllegalArgumentException("tokenizer file '" + name + "' does not exist");
      }
      return LoadedTokenizers.get(Path.of(name), name, options);
    }
    throw new IllegalArgumentException("unknown tokenizer '" + name
        + "': use one of o200k_base, cl100k_base, r50k_base, or hf:PATH/tokenizer.json");
  }

  /**
   * Loads the tokenizer of {@code spec} and checks what a run relies on, before any Spark work:
   * it loads, its end-of-text (and beginning-of-sequence) id resolves, and every id fits the
   * shards' id type; a caller mistake ({@link IllegalArgumentException}) saying what is wrong.
   */
  public static TextTokenizer check(String spec) {
    TextTokenizer t;
    try {
      t = named(spec);
    } catch (java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("tokenize.tokenizer: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("tokenize.tokenizer '" + TokenizerOptions.nameOf(spec) + "': "
          + e.getMessage(), e);
    }
    if (t.vocabSize() - 1L > MAX_ID) {
      throw new IllegalArgumentException("tokenize.tokenizer '" + t.name() + "' has " + t.vocabSize()
          + " ids; the shards hold ids up to " + MAX_ID);
    }
    for (int id : new int[] {t.endOfTextId(), t.beginOfSequenceId()}) {
      if (id >= t.vocabSize()) {
        throw new IllegalArgumentException("tokenize.tokenizer '" + t.name() + "': boundary id " + id
            + " is outside its " + t.vocabSize() + " ids");
      }
    }
    if (t.endOfTextId() < 0) {
      throw new IllegalArgumentException("tokenize.tokenizer '" + t.name() + "' has no end-of-text id");
    }
    return t;
  }
}
