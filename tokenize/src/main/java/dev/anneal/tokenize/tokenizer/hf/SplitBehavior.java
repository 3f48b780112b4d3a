package dev.anneal.tokenize.tokenizer.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a split does with the matched spans: the library's {@code SplitDelimiterBehavior}. */
enum SplitBehavior {
  REMOVED, ISOLATED, MERGED_WITH_PREVIOUS, MERGED_WITH_NEXT, CONTIGUOUS;

  /** The behavior spelled as in {@code tokenizer.json} ({@code "Isolated"}, {@code "MergedWithNext"}, ...). */
  static SplitBehavior fromJson(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "removed" -> REMOVED;
      case "isolated" -> ISOLATED;
      case "mergedwithprevious" -> MERGED_WITH_PREVIOUS;
      case "mergedwithnext" -> MERGED_WITH_NEXT;
      case "contiguous" -> CONTIGUOUS;
      default -> throw new IllegalArgumentException("unsupported split behavior '" + name + "'");
    };
  }

  /** Appends the non-empty pieces of {@code s} that this behavior makes of the spans {@code m}. */
  void apply(String s, Matches m, List<String> out) {
    int n = m.size();
    // Spans as [start, end, isMatch] after merging; mirrors the folds in the library's split().
    List<int[]> spans = new ArrayList<>(n);
    switch (this) {
      case REMOVED -> {
        for (int i = 0; i < n; i++) {
          if (!m.isMatch(i)) {
            spans.add(new int[] {m.start(i), m.end(i)});
          }
        }
      }
      case ISOLATED -> {
        for (int i = 0; i < n; i++) {
          spans.add(new int[] {m.start(i), m.end(i)});
        }
      }
      case MERGED_WITH_PREVIOUS -> {
        boolean previousMatch = false;
        for (int i = 0; i < n; i++) {
          if (m.isMatch(i) && !previousMatch && !spans.isEmpty()) {
            spans.get(spans.size() - 1)[1] = m.end(i);
          } else {
            spans.add(new int[] {m.start(i), m.end(i)});
          }
          previousMatch = m.isMatch(i);
        }
      }
      case MERGED_WITH_NEXT -> {
        boolean previousMatch = false;
        List<int[]> reversed = new ArrayList<>(n);
        for (int i = n - 1; i >= 0; i--) {
          if (m.isMatch(i) && !previousMatch && !reversed.isEmpty()) {
            reversed.get(reversed.size() - 1)[0] = m.start(i);
          } else {
            reversed.add(new int[] {m.start(i), m.end(i)});
          }
          previousMatch = m.isMatch(i);
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
          spans.add(reversed.get(i));
        }
      }
      case CONTIGUOUS -> {
        boolean previousMatch = false;
        for (int i = 0; i < n; i++) {
          if (m.isMatch(i) == previousMatch && !spans.isEmpty()) {
            spans.get(spans.size() - 1)[1] = m.end(i);
          } else {
            spans.add(new int[] {m.start(i), m.end(i)});
          }
          previousMatch = m.isMatch(i);
        }
      }
      default -> throw new IllegalStateException(name());
    }
    for (int[] span : spans) {
      if (span[1] > span[0]) {
        out.add(s.substring(span[0], span[1]));
      }
    }
  }
}
