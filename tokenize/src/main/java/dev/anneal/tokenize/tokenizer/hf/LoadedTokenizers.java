package dev.anneal.tokenize.tokenizer.hf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loaded {@code tokenizer.json} files shared within a JVM: the pipeline asks for the tokenizer once
 * per partition, and parsing a 2-3 MB vocabulary each time would cost more than encoding.
 */
public final class LoadedTokenizers {

  /** A file as loaded: a rewrite of the file (new size or time) loads it again. */
  private record Key(Path path, long size, long modified, String name) {
  }

  private static final Map<Key, HfBpeTokenizer> LOADED = new ConcurrentHashMap<>();

  private LoadedTokenizers() {
  }

  /** The tokenizer of the file at {@code path}, named {@code name}; loaded at most once per version. */
  public static HfBpeTokenizer get(Path path, String name) {
    Path abs = path.toAbsolutePath().normalize();
    Key key;
    try {
      key = new Key(abs, Files.size(abs), Files.getLastModifiedTime(abs).toMillis(), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer.json " + abs, e);
    }
    return LOADED.computeIfAbsent(key, k -> TokenizerJson.load(k.path(), k.name()));
  }
}
