package dev.anneal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anneal.search.index.IndexFields;
import dev.anneal.search.index.IndexedParagraph;
import dev.anneal.search.index.SearchIndexWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals stay exact past 1,000 matches, where Lucene's own {@code IndexSearcher.search(query, n)}
 * stops counting and reports only a lower bound.
 */
class SearcherCountTest {

  /** Paragraphs that all say "calcined"; every third also says "oxygen". */
  private static final int PARAGRAPHS = 2_997;

  @TempDir
  static Path dir;

  private static Searcher searcher;

  @BeforeAll
  static void index() throws IOException {
    try (SearchIndexWriter w = new SearchIndexWriter(dir)) {
      for (int i = 0; i < PARAGRAPHS; i++) {
        String text = "The powder was calcined at " + (800 + i % 400) + " °C"
            + (i % 3 == 0 ? " in flowing oxygen." : " in air.");
        w.add(new IndexedParagraph("p" + i, "d" + i / 10, "Paper " + i / 10, "Methods", text,
            "file:/d" + i / 10, 2015));
      }
    }
    searcher = new Searcher(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void totalsPastLucenesDefaultThresholdAreExact() throws IOException {
    SearchResults r = searcher.search("calcined", 10);
    assertEquals(PARAGRAPHS, r.totalHits());
    assertEquals(10, r.hits().size());
    assertTrue(r.toText().startsWith(PARAGRAPHS + " hits, showing the first 10"), r.toText());
    assertEquals(PARAGRAPHS / 3, searcher.search("calcined oxygen", 10).totalHits());
  }

  @Test
  void countOnlyAndFacetedSearchesCountExactly() throws IOException {
    assertEquals(PARAGRAPHS, searcher.search("calcined", 0).totalHits());
    SearchResults faceted = searcher.search("calcined", 5, List.of(IndexFields.FACETS.get(0)));
    assertEquals(PARAGRAPHS, faceted.totalHits());
    assertEquals(5, faceted.hits().size());
    assertEquals(PARAGRAPHS, faceted.facets().get(IndexFields.FACETS.get(0)).get(0).count(),
        "every match is a paragraph");
  }
}
