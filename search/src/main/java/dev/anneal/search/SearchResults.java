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
 * @param totalHits      number of matching records: exact when {@code totalHitsExact}, else a
 *                       lower bound (counting stops once it passes {@link Searcher#EXACT_COUNT_UP_TO},
 *                       so that a common word does not cost a pass over every match)
 * @param totalHitsExact whether {@code totalHits} is the exact count
 * @param hits           the top hits, best first
 * @param facets         per requested facet dimension, its most frequent values among all matches
 */
public record SearchResults(long totalHits, boolean totalHitsExact, List<Hit> hits,
    Map<String, List<FacetValue>> facets) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Results with an exact count and no facets. */
  public SearchResults(long totalHits, List<Hit> hits) {
    this(totalHits, true, hits, Map.of());
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
