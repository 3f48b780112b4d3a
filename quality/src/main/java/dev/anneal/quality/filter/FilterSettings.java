package dev.anneal.quality.filter;

import java.io.Serializable;
import java.util.List;

/**
 * Thresholds of the document filters (defaults in {@code defaults.yaml}, section
 * {@code quality.filters}).
 *
 * @param minWords             fewer words: {@code filter.too_short} (samples only)
 * @param maxChars             more characters: {@code filter.too_long}
 * @param maxSymbolRatio       share of non-space characters that are neither letters, digits,
 *                             punctuation nor math/science symbols: {@code filter.symbol_ratio}
 * @param maxDigitRatio        share of non-space characters that are digits: {@code filter.digit_ratio}
 * @param minAlphaWordRatio    share of words with a letter below this: {@code filter.few_alpha_words}
 * @param maxDuplicateLines    share of lines repeating an earlier line: {@code filter.duplicate_lines}
 * @param maxDuplicateParagraphs share of paragraphs repeating an earlier one: {@code filter.duplicate_paragraphs}
 * @param maxTopNgramFraction  characters covered by the most frequent word 2-, 3-, 4-gram:
 *                             {@code filter.top_ngram} (Gopher: 0.20, 0.18, 0.16)
 * @param maxDuplicateNgramFraction characters in repeated word 5-grams: {@code filter.duplicate_ngrams}
 * @param maxGarbageRatio      share of OCR-garbage words or replacement/control characters:
 *                             {@code filter.ocr_garbage}
 * @param languages            allowed values of a {@code language} column (empty: any)
 */
public record FilterSettings(int minWords, int maxChars, double maxSymbolRatio,
                             double maxDigitRatio, double minAlphaWordRatio,
                             double maxDuplicateLines, double maxDuplicateParagraphs,
                             List<Double> maxTopNgramFraction, double maxDuplicateNgramFraction,
                             double maxGarbageRatio, List<String> languages)
    implements Serializable {

  /** Gopher-like defaults loosened for scientific text. */
  public static FilterSettings defaults() {
    return new FilterSettings(3, 1_000_000, 0.10, 0.50, 0.25, 0.30, 0.30,
        List.of(0.20, 0.18, 0.16), 0.20, 0.10, List.of("en"));
  }
}
