package dev.anneal.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The answer to a query: how many records match in all, and the best of them in order.
 *
 * @param totalHits exact number of matching records, however many were asked for
 * @param hits      the top hits, best first
 */
public record SearchResults(long totalHits, List<Hit> hits) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keeps an immutable copy of the hits. */
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** These results as one JSON object, as {@code anneal search --json} prints them. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads results back from {@link #toJson()}'s output. */
  public static SearchResults fromJson(String json) {
    try {
      return JSON.readValue(json, SearchResults.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** These results as terminal text: a count line, then one block per hit. */
  public String toText() {
    return TextRenderer.render(this);
  }
}
