package dev.anneal.ingest;

import java.util.Objects;

/**
 * One input file as a parser sees it: where it came from and how large it is.
 *
 * @param uri  the file's location, with {@code !/member} appended for archive members
 * @param size the size in bytes, or -1 when unknown (a streamed archive member)
 */
public record SourceFile(String uri, long size) {

  public SourceFile {
    Objects.requireNonNull(uri, "uri");
  }

  /** The last path segment, e.g. {@code NaCl.cif}. */
  public String name() {
    int cut = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('!'));
    return uri.substring(cut + 1);
  }

  /** The lower-case extension without the dot, or "" when there is none. */
  public String extension() {
    String name = name();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
