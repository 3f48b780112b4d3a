package dev.anneal.ingest.literature;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks person names out of a front-matter line where names, affiliations, e-mail addresses
 * and footnote marks are mixed: pieces between commas, "and" and wide spaces that read as two
 * to five capitalized words and name no institution.
 */
public final class AuthorNames {

  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'’\\-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]*\\.?|van|von|de|der|da|di|du|le|la)){1,4}");
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?i).*\\b(?:university|universit[äéà]|institut\\w*|college|school|department|dept|"
          + "laborator\\w*|lab|labs|centre|center|inc|corporation|corp|ltd|gmbh|research|academy|"
          + "hospital|faculty|engineering|science|sciences|google|microsoft|allen|abstract|"
          + "national|street|road|usa|china|germany|france|japan|uk|ai|intelligence|seattle|"
          + "washington|computer|technology|group|team|introduction)\\b.*");
  private static final Pattern SEPARATORS = Pattern.compile(
      "\\s*(?:,|;|\\band\\b|&|\\s{3,}|\\t|\\n)\\s*");

  private AuthorNames() {
  }

  /** The person names in {@code line}, in order. */
  public static List<String> in(String line) {
    List<String> out = new ArrayList<>();
    for (String piece : SEPARATORS.split(line)) {
      String name = piece.replaceAll("[*†‡§¶∗\\d]+", " ").replaceAll("\\S+@\\S+", " ")
          .replaceAll("\\s+", " ").strip();
      if (isName(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** Whether {@code text} reads as one person's name. */
  public static boolean isName(String text) {
    return NAME.matcher(text).matches() && !NOT_A_NAME.matcher(text).matches();
  }
}
