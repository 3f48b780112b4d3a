package dev.anneal.ingest;

/**
 * Record ids: a hash of the record's kind, its source relative to the input root, its position in
 * that source and its content, so an id is the same on any machine and from any folder, and two
 * input records never share one even when their text is equal (that is {@link ContentHash}'s job).
 *
 * <p>{@code source} is what ingest puts in {@code source_uri}: the file's path relative to the
 * input root ({@code papers/x.md}), with {@code !/member} for archive members
 * ({@code archive.tar.gz!/dir/x.cif}); never an absolute path or a scheme, which would tie ids to
 * the checkout folder. {@code position} says where in the source the record stands (an ordinal,
 * {@code line N}, {@code entry N}, or "" when the record is the whole source).
 */
public final class RecordId {

  private RecordId() {
  }

  /** The id of a record of {@code kind} at {@code position} in {@code source} with {@code content}. */
  public static String of(String kind, String source, String position, String... content) {
    String[] parts = new String[content.length + 2];
    parts[0] = source;
    parts[1] = position;
    System.arraycopy(content, 0, parts, 2, content.length);
    return ContentId.of(kind, parts);
  }

  /** As {@link #of(String, String, String, String...)} with an ordinal position. */
  public static String of(String kind, String source, int ordinal, String... content) {
    return of(kind, source, Integer.toString(ordinal), content);
  }
}
