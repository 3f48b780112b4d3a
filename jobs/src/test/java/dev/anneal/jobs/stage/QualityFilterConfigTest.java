package dev.anneal.jobs.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.anneal.jobs.config.AnnealConfig;
import dev.anneal.jobs.config.ConfigException;
import dev.anneal.jobs.config.ConfigLoader;
import dev.anneal.quality.filter.FilterRules;
import dev.anneal.quality.filter.rules.DigitRatioRule;
import dev.anneal.quality.filter.rules.TooShortRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quality.filters} names its rules and their parameters: the defaults build the same rules
 * as {@link FilterRules#defaults()}, one parameter can be changed alone, and a filter key of the
 * former spelling fails at start-up naming the new one.
 */
class QualityFilterConfigTest {

  private static AnnealConfig.Filters filters(List<String> overrides) {
    return ConfigLoader.load(null, overrides).quality().filters();
  }

  @Test
  void theDefaultConfigurationBuildsTheDefaultRules() {
    assertEquals(FilterRules.defaults(), QualityStage.textFilter(filters(List.of())).rules());
  }

  @Test
  void oneParameterOrTheListCanBeChangedAlone() {
    var rules = QualityStage.textFilter(filters(List.of(
        "quality.filters.params.too_short.min_words=7"))).rules();
    assertEquals(new TooShortRule(7), rules.get(1));
    assertEquals(FilterRules.defaults().size(), rules.size());
    assertEquals(List.of(new DigitRatioRule(0.5)), QualityStage.textFilter(filters(List.of(
        "quality.filters.rules=[digit_ratio]"))).rules());
    assertNull(QualityStage.textFilter(filters(List.of("quality.filters.enabled=false"))));
  }

  @Test
  void aWrongRuleOrParameterIsAConfigurationError() {
    assertEquals("quality.filters: unknown filter rule 'too_shrt'; known rules: language, "
        + "too_short, too_long, symbol_ratio, digit_ratio, few_alpha_words, duplicate_lines, "
        + "duplicate_paragraphs, top_ngram, duplicate_ngrams, ocr_garbage",
        assertThrows(ConfigException.class, () -> QualityStage.textFilter(filters(List.of(
            "quality.filters.rules=[too_shrt]")))).getMessage());
    assertEquals("quality.filters: filter rule digit_ratio: parameter max must be a number, "
        + "got 'half'", assertThrows(ConfigException.class, () -> QualityStage.textFilter(
            filters(List.of("quality.filters.params.digit_ratio.max=half")))).getMessage());
  }

  @Test
  void aFormerFilterKeyNamesItsNewSpelling(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("anneal.yaml");
    Files.writeString(file, "quality:\n  filters:\n    min_words: 5\n");
    assertEquals("configuration key 'quality.filters.min_words' was replaced: write "
        + "'quality.filters.params.too_short.min_words' (filters are rules configured by name; "
        + "see quality.filters in `anneal config --print`)",
        assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of())).getMessage());
    ConfigException o = assertThrows(ConfigException.class, () -> ConfigLoader.load(null,
        List.of("quality.filters.max_top_ngram_fraction=[0.3, 0.2, 0.1]")));
    assertEquals(true, o.getMessage().contains("write 'quality.filters.params.top_ngram.max'"),
        o.getMessage());
  }
}
