package dev.anneal.search.query;

import dev.anneal.search.index.IndexFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/** BM25 queries over the analyzed text fields, built with the index's own analyzer. */
final class TextQueries {

  /**
   * Field weights. A paper's title is repeated on every one of its paragraphs, so it must not
   * outweigh the paragraph's own text, else every paragraph of a paper with the word in its
   * title would outrank the one paragraph that is actually about it.
   */
  private static final Map<String, Float> BOOSTS = Map.of(
      IndexFields.TEXT, 1.0f, IndexFields.TITLE, 0.7f, IndexFields.SECTION, 0.5f);

  /** Dismax tie-breaker: the best field counts, matches in other fields add a little. */
  private static final float TIE_BREAKER = 0.3f;

  private final QueryBuilder builder;

  TextQueries(Analyzer analyzer) {
    this.builder = new QueryBuilder(analyzer);
  }

  /**
   * A word or phrase in any text field, or null when it analyzes to nothing (a stop word).
   * A word that splits into several tokens ({@code Li-ion}) is matched as a phrase.
   */
  Query anyField(String text) {
    List<Query> perField = new ArrayList<>();
    for (String field : IndexFields.TEXT_FIELDS) {
      Query q = builder.createPhraseQuery(field, text);
      if (q != null) {
        perField.add(new BoostQuery(q, BOOSTS.get(field)));
      }
    }
    // Formulas, numbers and units as written (case kept), and formulas in any element order.
    Query chem = builder.createPhraseQuery(IndexFields.CHEM, text);
    if (chem != null && !perField.isEmpty()) {
      perField.add(chem);
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  /** A word or phrase in one text field, or null when it analyzes to nothing. */
  Query inField(String field, String text) {
    return builder.createPhraseQuery(field, text);
  }
}
