package dev.anneal.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Content hashes: what exact deduplication groups by. Unlike a {@link RecordId}, a content hash
 * ignores where a record came from, so two files with the same text share one.
 */
public final class ContentHash {

  private ContentHash() {
  }

  /**
   * The hash of a text after {@link #normalized normalization}, or "" when it has no word (such
   * texts are left to the filters, never grouped as duplicates of each other).
   */
  public static String ofText(String text) {
    String norm = normalized(text);
    return norm.isEmpty() ? "" : ContentId.of("text", norm);
  }

  /**
   * The hash of already canonical content of {@code kind} (a structure's rounded cell, a run's
   * energies and settings).
   */
  public static String of(String kind, String... canonical) {
    return ContentId.of(kind, canonical);
  }

  /**
   * The words of {@code text} (maximal runs of letters and digits) after NFKC and lower-casing,
   * joined by single spaces: the same words the quality filters and MinHash shingles count, so
   * "Fig. 1" and "fig 1" hash alike.
   */
  public static String normalized(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        if (!inWord && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(cp);
        inWord = true;
      } else {
        inWord = false;
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
