package dev.anneal.ingest.literature.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the running headers, footers and page numbers of a paginated document: lines among the
 * first or last {@value #EDGE_LINES} of a page that repeat (digits ignored) on at least
 * {@value #MIN_PAGES} pages and two pages in five, and lines that are only a page number or an
 * arXiv stamp.
 */
public final class RunningLines {

  /** How many lines at the top and at the bottom of a page are candidates. */
  public static final int EDGE_LINES = 3;
  /** The fewest pages a line must repeat on to count as running. */
  public static final int MIN_PAGES = 3;

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(?:page\\s*)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:of|/)\\s*\\d{1,4})?|[ivxlc]{1,6}");
  private static final Pattern ARXIV_STAMP = Pattern.compile(
      "arXiv:\\d{4}\\.\\d{4,5}(?:v\\d+)?\\s*\\[[^\\]]+\\]\\s*\\d{1,2}\\s*\\p{L}{3}\\s*\\d{4}");

  private RunningLines() {
  }

  /**
   * The pages with running lines removed. Each page is its list of lines; the result keeps the
   * page structure, and a line is removed only where it stands at a page edge.
   */
  public static List<List<String>> strip(List<List<String>> pages) {
    Map<String, Integer> pagesWith = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int i : edgeIndexes(page)) {
        seen.add(key(page.get(i)));
      }
      seen.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
    }
    int threshold = Math.max(MIN_PAGES, (int) Math.ceil(pages.size() * 0.4));
    List<List<String>> out = new ArrayList<>(pages.size());
    for (List<String> page : pages) {
      Set<Integer> drop = new HashSet<>();
      for (int i : edgeIndexes(page)) {
        String line = page.get(i).strip();
        if (isPageNumber(line) || pagesWith.getOrDefault(key(line), 0) >= threshold) {
          drop.add(i);
        }
      }
      List<String> kept = new ArrayList<>(page.size());
      for (int i = 0; i < page.size(); i++) {
        String line = page.get(i);
        if (!drop.contains(i) && !ARXIV_STAMP.matcher(line.strip()).matches()) {
          kept.add(line);
        }
      }
      out.add(kept);
    }
    return out;
  }

  /** Whether a line is nothing but a page number ("12", "- 12 -", "Page 3 of 9", "xii"). */
  public static boolean isPageNumber(String line) {
    return !line.isEmpty() && PAGE_NUMBER.matcher(line).matches();
  }

  private static List<Integer> edgeIndexes(List<String> page) {
    List<Integer> idx = new ArrayList<>();
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!page.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    for (int k = 0; k < nonBlank.size(); k++) {
      if (k < EDGE_LINES || k >= nonBlank.size() - EDGE_LINES) {
        idx.add(nonBlank.get(k));
      }
    }
    return idx;
  }

  private static String key(String line) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
  }
}
