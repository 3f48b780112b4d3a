package dev.anneal.quality.filter;

import dev.anneal.quality.text.Words;
import java.util.Arrays;
import java.util.List;

/**
 * A text with the measurements its rules share (words, character classes, written tokens),
 * each computed once on first use, so that running many rules costs about one pass.
 */
public final class MeasuredText {

  private final String text;
  private final String language;
  private List<String> words;
  private long[] wordHashes;
  private CharClasses classes;
  private String[] rawTokens;

  /** The text ({@code null} is empty) and its language ({@code null} when unknown). */
  public MeasuredText(String text, String language) {
    this.text = text == null ? "" : text;
    this.language = language;
  }

  /** The text as given. */
  public String text() {
    return text;
  }

  /** The language, or {@code null} when the table has none. */
  public String language() {
    return language;
  }

  /** The word tokens ({@link Words#of(String)}). */
  public List<String> words() {
    if (words == null) {
      words = Words.of(text);
    }
    return words;
  }

  /** The hash of every word ({@link Words#hash(String)}), in order. */
  public long[] wordHashes() {
    if (wordHashes == null) {
      List<String> w = words();
      wordHashes = new long[w.size()];
      for (int i = 0; i < wordHashes.length; i++) {
        wordHashes[i] = Words.hash(w.get(i));
      }
    }
    return wordHashes;
  }

  /** The counts of visible characters by class. */
  public CharClasses classes() {
    if (classes == null) {
      classes = CharClasses.of(text);
    }
    return classes;
  }

  /** The whitespace-separated tokens as written ({@code "0.05"} is one, {@code "|"} too). */
  public String[] rawTokens() {
    if (rawTokens == null) {
      rawTokens = text.strip().split("\\s+");
    }
    return rawTokens;
  }

  /** The written tokens holding a letter or a digit ({@code "|"} and {@code "---"} are none). */
  public List<String> contentTokens() {
    return Arrays.stream(rawTokens())
        .filter(t -> t.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
  }
}
