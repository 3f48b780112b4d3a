package dev.anneal.normalize.composition;

import dev.anneal.ingest.chem.Element;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text clean-up before parsing: Unicode spellings folded to the ASCII the grammar reads,
 * and a trailing charge taken off. Kept apart from the grammar so each can be read alone.
 */
final class FormulaText {

  private FormulaText() {
  }

  /**
   * Folds subscripts to digits, superscripts to a {@code ^}-charge, every dash and minus to
   * {@code -}, every adduct dot (and {@code *}) to {@code ·}, Δ and ẟ to δ, vulgar fractions to
   * {@code a/b} and any space to a plain one; trims, and drops one sentence-final period.
   */
  static String normalize(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 4);
    boolean inSuperscript = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      char sup = superscript(c);
      if (sup != 0) {
        if (!inSuperscript) {
          out.append('^');
          inSuperscript = true;
        }
        out.append(sup);
        continue;
      }
      inSuperscript = false;
      if (c >= '\u2080' && c <= '\u2089') {
        out.append((char) ('0' + (c - '\u2080')));
      } else if (c == '\u208A') {
        out.append('+');
      } else if (c == '\u208B' || c == '\u2212' || c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011'
          || c == '\uFE63' || c == '\uFF0D') {
        out.append('-');
      } else if (c == '\u00B7' || c == '\u2022' || c == '\u2219' || c == '\u22C5' || c == '*'
          || c == '\u30FB' || c == '\u2027') {
        out.append('\u00B7');
      } else if (c == '\u0394' || c == '\u1E9F') {
        out.append('\u03B4');
      } else if (c == '\u00BD') {
        out.append("1/2");
      } else if (c == '\u2153') {
        out.append("1/3");
      } else if (c == '\u2154') {
        out.append("2/3");
      } else if (c == '\u00BC') {
        out.append("1/4");
      } else if (c == '\u00BE') {
        out.append("3/4");
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    String s = out.toString().trim();
    // "... and NaCl." in prose: the period ends the sentence, not a formula part.
    if (s.endsWith(".") && !s.endsWith("..")) {
      s = s.substring(0, s.length() - 1).trim();
    }
    return s;
  }

  /** The ASCII for a superscript digit or sign, or 0. */
  private static char superscript(char c) {
    switch (c) {
      case '\u2070': return '0';
      case '\u00B9': return '1';
      case '\u00B2': return '2';
      case '\u00B3': return '3';
      case '\u207A': return '+';
      case '\u207B': return '-';
      default:
        return c >= '\u2074' && c <= '\u2079' ? (char) ('0' + (c - '\u2070')) : 0;
    }
  }

  /** A formula with something removed (a charge, a label), and whether there was one. */
  record Stripped(String text, boolean stripped) {
  }

  /**
   * A polymorph or polytype prefix ({@code α-Fe2O3}, {@code h-BN}, {@code 2H-MoS2},
   * {@code 1T'-MoTe2}) before a formula that starts with an element or a bracket.
   */
  private static final Pattern PHASE_PREFIX =
      Pattern.compile("^(?:[\u03B1-\u03C9]|[a-z]|\\d[A-Z]'?) ?-(?=[A-Z(\\[{])");
  /** A state of matter after a formula: {@code (s)}, {@code (l)}, {@code (g)}, {@code (aq)}, {@code (cr)}, {@code (am)}. */
  private static final Pattern STATE_SUFFIX = Pattern.compile(" ?\\((?:s|l|g|aq|cr|am)\\)$");

  /**
   * Removes a phase label before the formula and a state of matter after it: both name a form
   * of the same composition, so dropping them loses nothing the composition holds.
   */
  static Stripped stripLabels(String s) {
    String out = s;
    int dash = out.indexOf('-');
    if (dash > 0 && dash <= 4) { // every prefix is at most "1T' " long; skip the regex otherwise
      Matcher m = PHASE_PREFIX.matcher(out);
      if (m.find()) {
        out = out.substring(m.end());
      }
    }
    if (out.endsWith(")")) {
      Matcher m = STATE_SUFFIX.matcher(out);
      if (m.find()) {
        out = out.substring(0, m.start());
      }
    }
    return new Stripped(out, out.length() != s.length());
  }

  /**
   * Removes a charge written at the end without a {@code ^} (the parser reads {@code ^} charges
   * itself). Plain text cannot mark superscripts, so the digits before a final sign are read as:
   * the charge when one digit follows a lone element ({@code Fe3+}, {@code O2-}: ions are written
   * that way); the amount when one digit follows a polyatomic formula ({@code NH4+},
   * {@code NO3-}); and neither when there are more ({@code SO42-} is SO4²⁻ or SO₄₂⁻, {@code Hg22+}
   * is Hg₂²⁺ or Hg²²⁺): that is rejected.
   */
  static Stripped stripTrailingCharge(String s) {
    int n = s.length();
    if (n < 2) {
      return new Stripped(s, false);
    }
    char last = s.charAt(n - 1);
    if (last == '+' || last == '-') {
      int k = n - 1;
      while (k > 0 && Character.isDigit(s.charAt(k - 1))) {
        k--;
      }
      int digits = n - 1 - k;
      if (k == 0) {
        return new Stripped(s, false);
      }
      char before = s.charAt(k - 1);
      if (before == '^' || before == '{') {
        return new Stripped(s, false);
      }
      if (before == ' ') {
        return new Stripped(s.substring(0, k - 1).trim(), true);
      }
      if (digits == 0) {
        return new Stripped(s.substring(0, n - 1), true);
      }
      String head = s.substring(0, k);
      if (isLoneElement(head) && digits == 1) {
        return new Stripped(head, true);
      }
      if (digits == 1) {
        return new Stripped(s.substring(0, n - 1), true);
      }
      throw new FormulaException(FormulaReason.AMBIGUOUS_CHARGE, "the digits before the final '"
          + last + "' could be an amount or the charge; write the charge as ^" + s.substring(k, n)
          + " or after a space");
    }
    // Fe+3, Fe-2: a sign and digits straight after an element symbol.
    int k = n;
    while (k > 0 && Character.isDigit(s.charAt(k - 1))) {
      k--;
    }
    if (k < n && k >= 2 && (s.charAt(k - 1) == '+' || s.charAt(k - 1) == '-')
        && endsWithElementSymbol(s, k - 1)) {
      return new Stripped(s.substring(0, k - 1), true);
    }
    return new Stripped(s, false);
  }

  private static boolean isLoneElement(String head) {
    return Element.isSymbol(head);
  }

  private static boolean endsWithElementSymbol(String s, int end) {
    if (end >= 2 && Character.isUpperCase(s.charAt(end - 2))
        && Element.isSymbol(s.substring(end - 2, end))) {
      return true;
    }
    return end >= 1 && Element.isSymbol(s.substring(end - 1, end));
  }
}
