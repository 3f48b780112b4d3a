package dev.anneal.jobs.stage;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Where every table and report lives under {@code OUT/}: the public layout documented in
 * {@code docs/schemas.md}. While a resumable stage runs, its layout sends the stage's declared
 * outputs to a staging folder and records every path the stage asks for.
 */
public final class OutputLayout {

  private final String root;
  private final String staging;
  private final List<String> staged;
  private final Set<String> accessed = new ConcurrentSkipListSet<>();

  /** The layout of {@code root} (a local path or any Hadoop file system URI). */
  public OutputLayout(String root) {
    this(root, null, List.of());
  }

  private OutputLayout(String root, String staging, List<String> staged) {
    this.root = strip(root);
    this.staging = staging == null ? null : strip(staging);
    this.staged = List.copyOf(staged);
  }

  private static String strip(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * The same layout, with {@code outputs} (relative paths) and what lies under them sent to
   * {@code stagingRoot}; a parent of an output (e.g. {@code raw/quarantine} for
   * {@code raw/quarantine/stage=ingest}) is sent there too, so a stage sees its own partition.
   */
  public OutputLayout staged(String stagingRoot, List<String> outputs) {
    return new OutputLayout(root, stagingRoot, outputs);
  }

  /** The output directory. */
  public String root() {
    return root;
  }

  /** Every relative path asked for through this layout so far, sorted. */
  public Set<String> accessed() {
    return Collections.unmodifiableSet(new TreeSet<>(accessed));
  }

  /** Whether {@code relative} is an output, lies under one, or is the parent of one. */
  public static boolean coveredBy(String relative, List<String> outputs) {
    for (String o : outputs) {
      if (relative.equals(o) || relative.startsWith(o + "/") || o.startsWith(relative + "/")) {
        return true;
      }
    }
    return false;
  }

  /** A path below the root (or below the staging folder, for a staged output). */
  public String path(String relative) {
    accessed.add(relative);
    boolean redirect = staging != null && coveredBy(relative, staged);
    return (redirect ? staging : root) + "/" + relative;
  }

  /** {@code text} with every staging path in it replaced by the path the output is committed to. */
  public String unstaged(String text) {
    return text == null || staging == null ? text : text.replace(staging + "/", root + "/");
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

  @Override
  public String toString() {
    return root;
  }
}
