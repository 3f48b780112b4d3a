package dev.anneal.quality.filter.rules;

import dev.anneal.quality.filter.CharClasses;
import dev.anneal.quality.filter.FilterRule;
import dev.anneal.quality.filter.MeasuredText;
import dev.anneal.quality.filter.Verdict;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code ocr_garbage}: drops a text in which more than {@code max} of the written words look
 * OCR-garbled, or of the visible characters are replacement, control or private-use ones.
 *
 * @param max highest share kept
 */
public record OcrGarbageRule(double max) implements FilterRule {

  /** The rule from its parameters ({@code max}). */
  public static OcrGarbageRule of(RuleParams p) {
    return new OcrGarbageRule(p.number("max"));
  }

  @Override
  public String name() {
    return "ocr_garbage";
  }

  @Override
  public Verdict check(MeasuredText t) {
    CharClasses c = t.classes();
    if (c.visible() == 0) {
      return null;
    }
    String[] raw = t.rawTokens();
    long garbageWords = Arrays.stream(raw).filter(OcrGarbageRule::looksGarbled).count();
    double garbage = Math.max((double) c.garbage() / c.visible(), (double) garbageWords / raw.length);
    return garbage > max ? new Verdict(reason(), Ratios.fmt(garbage)
        + " of words or characters look like OCR garbage > " + Ratios.fmt(max)) : null;
  }

  /**
   * An OCR-garbled word: lower-case letters only, six or more, without a vowel ("xkqtrz"), or a
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
}
