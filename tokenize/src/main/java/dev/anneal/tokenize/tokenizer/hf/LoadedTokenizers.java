package dev.anneal.tokenize.tokenizer.hf;

import dev.anneal.tokenize.tokenizer.TokenizerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loaded {@code tokenizer.json} files shared within a JVM: the pipeline asks for the tokenizer once
 * per partition, and parsing a 2-30 MB vocabulary each time would cost more than encoding.
 */
public final class LoadedTokenizers {

  /** A file as loaded: a rewrite of the file (new size or time) loads it again. */
  private record Key(Path path, long size, long modified, String name, TokenizerOptions options) {
  }

  private static final Map<Key, HfTokenizer> LOADED = new ConcurrentHashMap<>();

  private LoadedTokenizers() {
  }

  /** The tokenizer of the file at {@code path}, named {@code name}; loaded at most once per version. */
  public static HfTokenizer get(Path path, String name) {
    return get(path, name, TokenizerOptions.DEFAULT);
  }

  /** The tokenizer of the file at {@code path} with {@code options}; loaded at most once per version. */
  public static HfTokenizer get(Path path, String name, TokenizerOptions options) {
    Path abs = path.toAbsolutePath().normalize();
    Key key;
    try {
      key = new Key(abs, Files.size(abs), Files.getLastModifiedTime(abs).toMillis(), name, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer.json " + abs, e);
    }
    return LOADED.computeIfAbsent(key, k -> TokenizerJson.load(k.path(), k.name(), k.options()));
  }
}
