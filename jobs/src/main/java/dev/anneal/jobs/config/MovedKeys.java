package dev.anneal.jobs.config;

import java.util.Map;

/**
 * Configuration keys that were replaced, with their new spelling, so that a configuration still
 * using an old key fails at start-up saying what to write instead.
 */
final class MovedKeys {

  private static final String RULES = "quality.filters.params.";
  private static final Map<String, String> MOVED = Map.ofEntries(
      Map.entry("quality.filters.min_words", RULES + "too_short.min_words"),
      Map.entry("quality.filters.max_chars", RULES + "too_long.max_chars"),
      Map.entry("quality.filters.max_symbol_ratio", RULES + "symbol_ratio.max"),
      Map.entry("quality.filters.max_digit_ratio", RULES + "digit_ratio.max"),
      Map.entry("quality.filters.min_alpha_word_ratio", RULES + "few_alpha_words.min"),
      Map.entry("quality.filters.max_duplicate_lines", RULES + "duplicate_lines.max"),
      Map.entry("quality.filters.max_duplicate_paragraphs", RULES + "duplicate_paragraphs.max"),
      Map.entry("quality.filters.max_top_ngram_fraction", RULES + "top_ngram.max"),
      Map.entry("quality.filters.max_duplicate_ngram_fraction", RULES + "duplicate_ngrams.max"),
      Map.entry("quality.filters.max_garbage_ratio", RULES + "ocr_garbage.max"),
      Map.entry("quality.filters.languages", RULES + "language.languages"));

  private MovedKeys() {
  }

  /** The error for old key {@code path}, or null when {@code path} was never moved. */
  static ConfigException error(String path) {
    String now = MOVED.get(path);
    return now == null ? null : new ConfigException("configuration key '" + path
        + "' was replaced: write '" + now + "' (filters are rules configured by name; "
        + "see quality.filters in `anneal config --print`)");
  }
}
