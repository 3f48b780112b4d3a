package dev.anneal.tokenize.render;

import java.util.Locale;
import java.util.Set;

/**
 * Where a record came from, in words a reader (and a model) can learn from: a paper by its
 * title and year, a lab log by its file name and line; never a machine's path or a record id.
 */
public final class Provenance {

  // source_kind values of lab logs and notebooks (ingest's lablog readers).
  private static final Set<String> LAB_LOG_KINDS = Set.of("csv", "tsv", "xlsx", "xls", "eln",
      "jsonl", "json", "lablog", "lab_log");

  private Provenance() {
  }

  /** "the paper “Title” (2021)", or "the paper “Title”" without a year; null without a title. */
  public static String paper(String title, Integer year) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    return "the paper “" + t + "”" + (year == null || year <= 0 ? "" : " (" + year + ")");
  }

  /**
   * Where a row came from: its paper when {@code paper} (from {@link #paper}) is given, else
   * "lab log furnace_log.csv, line 4" for a lab log, else "file NAME, line 4". The location is
   * kept only when it is a line or an entry (a paragraph id says nothing to a reader).
   */
  public static String of(String sourceKind, String sourceUri, String location, String paper) {
    if (paper != null && !paper.isBlank()) {
      return paper;
    }
    String file = fileName(sourceUri);
    if (file.isEmpty()) {
      return "";
    }
    String kind = sourceKind == null ? "" : sourceKind.strip().toLowerCase(Locale.ROOT);
    String what = LAB_LOG_KINDS.contains(kind) ? "lab log " : "file ";
    String where = location == null ? "" : location.strip();
    boolean readable = where.matches("(line|entry|row|sheet|page) .*");
    return what + file + (readable ? ", " + where : "");
  }

  /** The last segment of a URI or path, without the machine's folders. */
  public static String fileName(String uri) {
    if (uri == null || uri.isBlank()) {
      return "";
    }
    String u = uri.strip();
    int bang = u.lastIndexOf('!');
    if (bang >= 0 && bang < u.length() - 1) {
      // an archive member: archive.zip!/dir/file.csv names the member
      u = u.substring(bang + 1);
    }
    return u.substring(u.lastIndexOf('/') + 1);
  }
}
