package dev.anneal.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a query: how many records match in all, and the best of them in order.
 *
 * @param totalHits exact number of matching records, however many were asked for
 * @param hits      the top hits, best first
 * @param facets    per requested facet dimension, its most frequent values among all matches
 */
public record SearchResults(long totalHits, List<Hit> hits, Map<String, List<FacetValue>> facets) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Results without facets. */
  public SearchResults(long totalHits, List<Hit> hits) {
    this(totalHits, hits, Map.of());
  }

  /** Keeps immutable copies, facets in the order given. */
  @JsonCreator
  public SearchResults {
    hits = List.copyOf(hits);
    Map<String, List<FacetValue>> f = new LinkedHashMap<>();
    if (facets != null) {
      facets.forEach((k, v) -> f.put(k, List.copyOf(v)));
    }
    facets = Collections.unmodifiableMap(f);
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
