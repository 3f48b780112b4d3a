package dev.anneal.ingest.literature;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a document's licence as an SPDX identifier ({@code CC-BY-4.0}, {@code CC0-1.0}…) from
 * what a paper states: a licence URL, a JATS {@code license-type}, or the licence sentence.
 * A licence that is stated but not recognised keeps its URL (or {@code other}); a document that
 * states none is {@link #UNKNOWN}, so a training team can filter by what it may train on.
 */
public final class Licences {

  /** No licence stated. */
  public static final String UNKNOWN = "unknown";
  /** A licence stated in words this class does not recognise, without a URL. */
  public static final String OTHER = "other";

  private static final Pattern CC_URL = Pattern.compile(
      "creativecommons\\.org/licenses/([a-z-]+)/(\\d(?:\\.\\d)?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CC0_URL = Pattern.compile(
      "creativecommons\\.org/publicdomain/zero/(\\d\\.\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPDX = Pattern.compile(
      "(?i)\\s*(CC-BY(?:-NC)?(?:-SA|-ND)?-\\d\\.\\d|CC0-1\\.0|MIT|Apache-2\\.0)\\s*");
  /** "Creative Commons Attribution[-NonCommercial][-ShareAlike|-NoDerivatives] 4.0". */
  private static final Pattern CC_WORDS = Pattern.compile(
      "creative\\s+commons\\s+attribution((?:[\\s-]+(?:non-?commercial|share-?alike"
          + "|no-?derivatives|no-?derivs))*)(?:[\\s-]+(?:international|license|licence))*"
          + "[\\s(]*(?:\\(?cc[\\s-]by[a-z-]*\\)?\\s*)?(\\d\\.\\d)?",
      Pattern.CASE_INSENSITIVE);

  private Licences() {
  }

  /**
   * The licence named by any of these statements, tried in order (URL, type, words), each may
   * be null or blank.
   */
  public static String of(String url, String type, String words) {
    String fromUrl = fromUrl(url);
    if (fromUrl != null) {
      return fromUrl;
    }
    String fromWords = fromWords(words);
    if (fromWords != null) {
      return fromWords;
    }
    String fromType = fromWords(type == null ? null : type.replace('-', ' ')
        .replaceFirst("(?i)^cc by", "creative commons attribution"));
    if (fromType != null) {
      return fromType;
    }
    if (url != null && !url.isBlank()) {
      return url.strip();
    }
    boolean stated = (words != null && !words.isBlank()) || (type != null && !type.isBlank());
    return stated ? OTHER : UNKNOWN;
  }

  /** The SPDX id of a Creative Commons URL, or null. */
  static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher cc0 = CC0_URL.matcher(url);
    if (cc0.find()) {
      return "CC0-" + cc0.group(1);
    }
    Matcher m = CC_URL.matcher(url);
    return m.find() ? "CC-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + version(m.group(2))
        : null;
  }

  /** The SPDX id of an SPDX id or a Creative Commons sentence, or null. */
  static String fromWords(String words) {
    if (words == null || words.isBlank()) {
      return null;
    }
    Matcher spdx = SPDX.matcher(words);
    if (spdx.matches()) {
      String id = spdx.group(1).toUpperCase(Locale.ROOT);
      return id.equals("APACHE-2.0") ? "Apache-2.0" : id;
    }
    String url = fromUrl(words);
    if (url != null) {
      return url;
    }
    Matcher m = CC_WORDS.matcher(words);
    if (!m.find()) {
      return null;
    }
    String clauses = m.group(1).toLowerCase(Locale.ROOT).replace("-", "");
    StringBuilder id = new StringBuilder("CC-BY");
    if (clauses.contains("noncommercial")) {
      id.append("-NC");
    }
    if (clauses.contains("sharealike")) {
      id.append("-SA");
    } else if (clauses.contains("noderiv")) {
      id.append("-ND");
    }
    // Without a version the licence is known only as a family: keep what is certain.
    return m.group(2) == null ? id.toString() : id.append('-').append(m.group(2)).toString();
  }

  private static String version(String v) {
    return v.contains(".") ? v : v + ".0";
  }
}
