package dev.anneal.quality.filter;

import dev.anneal.quality.text.NGrams;
import dev.anneal.quality.text.Words;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies every filter rule to one text, in a fixed order, and returns the first that fails.
 * Math, chemical formulas, tables and CIF-like lines pass: operators, brackets, Greek letters,
 * sub/superscripts, degree and arrow signs count as ordinary characters, and the digit limit
 * allows numeric tables.
 */
public final class TextFilter implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SCIENCE = "+-=*/\\^_()[]{}<>|.,;:!?'\"%&#@~`$°±×÷·•…–—−→←↔⇌≤≥≈≠∼"
      + "∞∑∫∂∇√∝∈∉⊂⊃∪∩∀∃¬∧∨‰Å€£µ′″‹›«»“”‘’§¶†‡";
  private final FilterSettings s;

  /** A filter with the given thresholds. */
  public TextFilter(FilterSettings settings) {
    this.s = settings;
  }

  /** The first rule {@code text} fails, or null when it passes every rule. */
  public Verdict check(String text, String language, boolean lengthRules) {
    if (text == null) {
      text = "";
    }
    if (language != null && !language.isEmpty() && !s.languages().isEmpty()
        && !s.languages().contains(language.toLowerCase(Locale.ROOT))) {
      return new Verdict("filter.language", "language " + language + " is not one of "
          + s.languages());
    }
    List<String> words = Words.of(text);
    if (lengthRules && words.size() < s.minWords()) {
      return new Verdict("filter.too_short", words.size() + " words < " + s.minWords());
    }
    if (text.length() > s.maxChars()) {
      return new Verdict("filter.too_long", text.length() + " characters > " + s.maxChars());
    }
    int nonSpace = 0;
    int digits = 0;
    int symbols = 0;
    int garbageChars = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      nonSpace++;
      if (cp == 0xFFFD || Character.isISOControl(cp) || Character.getType(cp) == Character.PRIVATE_USE) {
        garbageChars++;
      } else if (Character.isDigit(cp)) {
        digits++;
      } else if (!Character.isLetter(cp) && !isScience(cp)) {
        symbols++;
      }
    }
    if (nonSpace == 0) {
      return lengthRules ? new Verdict("filter.too_short", "no visible character") : null;
    }
    double symbolRatio = (double) symbols / nonSpace;
    if (symbolRatio > s.maxSymbolRatio()) {
      return new Verdict("filter.symbol_ratio", fmt(symbolRatio) + " of characters are unusual symbols > "
          + fmt(s.maxSymbolRatio()));
    }
    double digitRatio = (double) digits / nonSpace;
    if (digitRatio > s.maxDigitRatio()) {
      return new Verdict("filter.digit_ratio", fmt(digitRatio) + " of characters are digits > "
          + fmt(s.maxDigitRatio()));
    }
    // Tokens as written ("0.05" is one token, "|" and "---" are none), so tables count fairly.
    List<String> tokens = java.util.Arrays.stream(text.strip().split("\\s+"))
        .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    if (!tokens.isEmpty()) {
      long alpha = tokens.stream().filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
      double alphaRatio = (double) alpha / tokens.size();
      if (alphaRatio < s.minAlphaWordRatio()) {
        return new Verdict("filter.few_alpha_words", fmt(alphaRatio)
            + " of words have a letter < " + fmt(s.minAlphaWordRatio()));
      }
    }
    Verdict v = repetition(text, words);
    if (v != null) {
      return v;
    }
    String[] raw = text.strip().split("\\s+");
    long garbageWords = java.util.Arrays.stream(raw).filter(TextFilter::looksGarbled).count();
    double garbage = Math.max((double) garbageChars / nonSpace, (double) garbageWords / raw.length);
    if (garbage > s.maxGarbageRatio()) {
      return new Verdict("filter.ocr_garbage", fmt(garbage)
          + " of words or characters look like OCR garbage > " + fmt(s.maxGarbageRatio()));
    }
    return null;
  }

  private Verdict repetition(String text, List<String> words) {
    double lines = duplicateShare(text.split("\n"));
    if (lines > s.maxDuplicateLines()) {
      return new Verdict("filter.duplicate_lines", fmt(lines) + " of lines repeat an earlier line > "
          + fmt(s.maxDuplicateLines()));
    }
    double paras = duplicateShare(text.split("\n\\s*\n"));
    if (paras > s.maxDuplicateParagraphs()) {
      return new Verdict("filter.duplicate_paragraphs", fmt(paras)
          + " of paragraphs repeat an earlier one > " + fmt(s.maxDuplicateParagraphs()));
    }
    // The n-gram rules are for documents and long paragraphs (Gopher); a short formula, table
    // or CIF excerpt repeats its keys by nature.
    if (words.size() < 50) {
      return null;
    }
    long[] hashes = new long[words.size()];
    int totalChars = 0;
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = Words.hash(words.get(i));
      totalChars += words.get(i).length();
    }
    List<Double> top = s.maxTopNgramFraction();
    for (int n = 2; n < 2 + top.size(); n++) {
      Map<Long, Integer> counts = new HashMap<>();
      Map<Long, Integer> chars = new HashMap<>();
      for (int i = 0; i + n <= hashes.length; i++) {
        long g = NGrams.gram(hashes, i, n);
        counts.merge(g, 1, Integer::sum);
        if (!chars.containsKey(g)) {
          int c = 0;
          for (int j = i; j < i + n; j++) {
            c += words.get(j).length();
          }
          chars.put(g, c);
        }
      }
      long best = 0;
      for (Map.Entry<Long, Integer> e : counts.entrySet()) {
        if (e.getValue() > 1) {
          best = Math.max(best, (long) e.getValue() * chars.get(e.getKey()));
        }
      }
      double frac = (double) best / totalChars;
      if (frac > top.get(n - 2)) {
        return new Verdict("filter.top_ngram", "the most frequent word " + n + "-gram covers "
            + fmt(frac) + " of characters > " + fmt(top.get(n - 2)));
      }
    }
    // Characters of words inside a word 5-gram that occurred earlier.
    boolean[] dup = new boolean[hashes.length];
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i + 5 <= hashes.length; i++) {
      if (!seen.add(NGrams.gram(hashes, i, 5))) {
        for (int j = i; j < i + 5; j++) {
          dup[j] = true;
        }
      }
    }
    int dupChars = 0;
    for (int i = 0; i < dup.length; i++) {
      dupChars += dup[i] ? words.get(i).length() : 0;
    }
    double frac = (double) dupChars / totalChars;
    if (frac > s.maxDuplicateNgramFraction()) {
      return new Verdict("filter.duplicate_ngrams", fmt(frac)
          + " of characters are in repeated word 5-grams > " + fmt(s.maxDuplicateNgramFraction()));
    }
    return null;
  }

  /** Share of non-blank items equal to an earlier item. */
  private static double duplicateShare(String[] items) {
    Set<String> seen = new HashSet<>();
    int total = 0;
    int dups = 0;
    for (String item : items) {
      String t = item.strip();
      if (t.isEmpty()) {
        continue;
      }
      total++;
      if (!seen.add(t)) {
        dups++;
      }
    }
    return total < 3 ? 0 : (double) dups / total;
  }

  /**
   * An OCR-garbled word: lower-case letters only, five or more, without a vowel ("xkqtrz"), or a
   * lower-case start with upper case after a lower case again ("tHe", "wOrd"; "pH", "mRNA" pass).
   */
  static boolean looksGarbled(String token) {
    String w = token.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
      return false;
    }
    if (w.length() >= 6 && w.equals(w.toLowerCase(Locale.ROOT))
        && w.chars().noneMatch(c -> "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0)) {
      return true;
    }
    int switches = 0;
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) != Character.isUpperCase(w.charAt(i - 1))) {
        switches++;
      }
    }
    return Character.isLowerCase(w.charAt(0)) && switches >= 2;
  }

  private static boolean isScience(int cp) {
    int type = Character.getType(cp);
    return SCIENCE.indexOf(cp) >= 0 || type == Character.MATH_SYMBOL
        || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION || type == Character.OTHER_NUMBER
        || type == Character.MODIFIER_SYMBOL || type == Character.NON_SPACING_MARK
        || type == Character.CURRENCY_SYMBOL;
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
