package dev.anneal.ingest.literature.clean;

import java.util.regex.Pattern;

/**
 * Recognizes reference lists: the headings that open them, and paragraphs that read as
 * bibliography entries (numbered, author-initials, or author-year styles), so that they never
 * become training text.
 */
public final class ReferenceFilter {

  private static final Pattern HEADING = Pattern.compile(
      "(?i)(?:\\d+(?:\\.\\d+)*\\.?\\s*|[IVX]+\\.\\s*)?(?:references?(?:\\s+and\\s+notes)?|"
          + "bibliography|literature\\s+cited|works\\s+cited|cited\\s+literature|reference\\s+list)"
          + "\\s*:?");
  private static final Pattern AFTER_REFERENCES = Pattern.compile(
      "(?i)(?:appendix|appendices|supplementa(?:ry|l)|[A-H](?:\\.\\d+)*\\.?\\s+\\p{Lu}).*");
  private static final String YEAR = "(?:19|20)\\d\\d[a-z]?";
  /** "[12] A. Author, ..." or "12. Author A, ..." */
  private static final Pattern NUMBERED = Pattern.compile(
      "^(?:\\[\\d{1,4}\\]|\\d{1,4}\\.)\\s+\\p{Lu}.{10,}");
  /** "Beltagy, I., Lo, K. ..." or "Beltagy I, Lo K ..." */
  private static final Pattern AUTHOR_INITIALS = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’\\-]+,?\\s+(?:\\p{Lu}\\.\\s?){1,3}[,;]?\\s.*");
  /** Vancouver style: "Wu M, Chen X, Li Y. Title. Journal. 2019;10:1234." */
  private static final Pattern VANCOUVER = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’\\-]+ \\p{Lu}{1,3}(?:, \\p{Lu}[\\p{L}'’\\-]+ \\p{Lu}{1,3})*(?:,? et al)?\\. \\S.*");
  /** ACL style: "Iz Beltagy, Kyle Lo, and Arman Cohan. 2019. SciBERT: ..." */
  private static final Pattern NAMES_DOT_YEAR = Pattern.compile(
      "^\\p{Lu}[^.]{2,300}?\\.\\s+" + YEAR + "\\.\\s+\\S.*");
  /** APA style: "Beltagy, I., Lo, K. (2019). SciBERT ..." */
  private static final Pattern NAMES_PAREN_YEAR = Pattern.compile(
      "^\\p{Lu}[^()]{2,300}?\\(" + YEAR + "\\)\\.?\\s+\\S.*");
  private static final Pattern BIB_MARKERS = Pattern.compile(
      "(?i)\\b(?:doi|arxiv|proceedings|proc\\.|journal|vol\\.|pp\\.|in:|press|conference|"
          + "transactions|et al\\.)|\\d+\\s*\\(\\d+\\)\\s*:\\s*\\d+|\\d+\\s*[–-]\\s*\\d+|" + YEAR);

  private ReferenceFilter() {
  }

  /** Whether {@code heading} opens a reference list ("References", "7 Bibliography", …). */
  public static boolean isReferenceHeading(String heading) {
    return heading != null && HEADING.matcher(heading.strip()).matches();
  }

  /** Whether {@code heading} ends a reference list (an appendix after the references). */
  public static boolean endsReferences(String heading) {
    return heading != null && AFTER_REFERENCES.matcher(heading.strip()).matches();
  }

  /**
   * Whether a paragraph is a bibliography entry, or several run together. Needs the shape of an
   * entry at its start and at least two bibliographic markers (year, pages, venue words).
   */
  public static boolean looksLikeReference(String paragraph) {
    String p = paragraph.strip();
    if (p.length() < 30 || p.length() > 3000) {
      return false;
    }
    int markers = 0;
    var m = BIB_MARKERS.matcher(p);
    while (m.find()) {
      markers++;
    }
    if (AUTHOR_INITIALS.matcher(p).matches() || VANCOUVER.matcher(p).matches()
        || NAMES_DOT_YEAR.matcher(p).matches() || NAMES_PAREN_YEAR.matcher(p).matches()) {
      return markers >= 1;
    }
    // A numbered entry looks like an enumerated list item: it needs dense bibliographic marks.
    return NUMBERED.matcher(p).matches() && markers >= 2 && markers * 100 >= Math.min(p.length(), 600);
  }
}
