package dev.anneal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Totals past {@link Searcher#EXACT_COUNT_UP_TO}: a lower bound when hits are asked for, exact otherwise. */
class SearcherCountTest {

  /** Paragraphs that all say "calcined"; every third also says "oxygen". */
  private static final int PARAGRAPHS = Searcher.EXACT_COUNT_UP_TO * 3 - 3;

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
  void manyMatchesWithHitsGiveALowerBound() throws IOException {
    SearchResults r = searcher.search("calcined", 10);
    assertFalse(r.totalHitsExact(), "counting stops past the threshold");
    assertTrue(r.totalHits() >= Searcher.EXACT_COUNT_UP_TO && r.totalHits() <= PARAGRAPHS,
        "a lower bound within the true count: " + r.totalHits());
    assertEquals(10, r.hits().size());
    assertTrue(r.toText().startsWith("at least " + r.totalHits() + " hits"), r.toText());
  }

  @Test
  void countOnlyAndFacetedSearchesCountExactly() throws IOException {
    SearchResults count = searcher.search("calcined", 0);
    assertTrue(count.totalHitsExact());
    assertEquals(PARAGRAPHS, count.totalHits());
    SearchResults faceted = searcher.search("calcined", 5, List.of(IndexFields.FACETS.get(0)));
    assertTrue(faceted.totalHitsExact());
    assertEquals(PARAGRAPHS, faceted.totalHits());
    assertEquals(5, faceted.hits().size());
  }

  @Test
  void fewerMatchesThanTheThresholdAreExact() throws IOException {
    SearchResults r = searcher.search("calcined oxygen", 10);
    assertTrue(r.totalHitsExact());
    assertEquals(PARAGRAPHS / 3, r.totalHits());
  }
}
