package dev.anneal.jobs.stage;

/**
 * Where every table and report lives under {@code OUT/}: the public layout documented in
 * {@code docs/schemas.md}.
 *
 * @param root the output directory (local path or any Hadoop file system URI)
 */
public record OutputLayout(String root) {

  public OutputLayout {
    root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  /** A path below the root. */
  public String path(String relative) {
    return root + "/" + relative;
  }

  /** {@code raw/<table>}. */
  public String raw(String table) {
    return path("raw/" + table);
  }

  /** {@code curated/<table>}. */
  public String curated(String table) {
    return path("curated/" + table);
  }

  /** {@code shards/}. */
  public String shards() {
    return path("shards");
  }

  /** {@code index/}. */
  public String index() {
    return path("index");
  }

  /** {@code reports/<name>}. */
  public String report(String name) {
    return path("reports/" + name);
  }
}
