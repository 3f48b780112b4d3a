package dev.anneal.search.query;

/**
 * A query that is not valid Anneal query language; the message says what is wrong and at which
 * column, and {@link #pointer()} draws a caret under the spot for a terminal.
 */
public class QuerySyntaxException extends IllegalArgumentException {

  private final String reason;
  private final String query;
  private final int position;

  /** A problem described by {@code reason} at 0-based {@code position} of {@code query}. */
  public QuerySyntaxException(String reason, String query, int position) {
    super(reason + " (at column " + (position + 1) + ")");
    this.reason = reason;
    this.query = query;
    this.position = position;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }

  /** The query as given. */
  public String query() {
    return query;
  }

  /** The 0-based offset in {@link #query()} where the problem is. */
  public int position() {
    return position;
  }

  /** The query on one line and a caret under the problem on the next. */
  public String pointer() {
    return query + "\n" + " ".repeat(Math.max(0, Math.min(position, query.length()))) + "^";
  }
}
