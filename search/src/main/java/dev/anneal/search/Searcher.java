package dev.anneal.search;

import dev.anneal.search.index.IndexAnalyzers;
import dev.anneal.search.index.IndexFields;
import dev.anneal.search.query.QueryParser;
import dev.anneal.search.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/** Runs Anneal queries against an index directory, read-only; safe to share between threads. */
public final class Searcher implements AutoCloseable {

  /** Snippets aim at about this many characters, whole sentences. */
  private static final int SNIPPET_CHARS = 200;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryParser parser;
  private final UnifiedHighlighter highlighter;

  /**
   * Opens the index in {@code indexDir}.
   *
   * @throws IOException if there is no index there or it cannot be read
   */
  public Searcher(Path indexDir) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    try {
      this.reader = DirectoryReader.open(directory);
    } catch (IndexNotFoundException e) {
      directory.close();
      throw new IOException("no search index in " + indexDir, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    Analyzer analyzer = IndexAnalyzers.create();
    this.searcher = new IndexSearcher(reader);
    this.parser = new QueryParser(analyzer);
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter(Hit.MARK_START, Hit.MARK_END, "… ", false))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
        .withMaxNoHighlightPassages(1)
        .build();
  }

  /**
   * The best {@code limit} records for an Anneal query ({@code limit} 0 only counts).
   *
   * @throws QuerySyntaxException if the query is malformed
   */
  public SearchResults search(String query, int limit) throws IOException {
    Query parsed = parser.parse(query);
    try {
      return search(parsed, limit);
    } catch (IndexSearcher.TooManyClauses e) {
      // Each word becomes one clause per text field, so Lucene's limit hits at a third of it.
      throw new QuerySyntaxException("too many words: the query expands to more than "
          + IndexSearcher.getMaxClauseCount() + " clauses", query, 0);
    }
  }

  /** The best {@code limit} records for a Lucene query, e.g. one built with {@link QueryParser}. */
  public SearchResults search(Query query, int limit) throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    long total = searcher.count(query);
    if (limit == 0 || total == 0) {
      return new SearchResults(total, List.of());
    }
    TopDocs top = searcher.search(query, limit);
    String[] snippets = highlighter.highlight(IndexFields.TEXT, query, top, 1);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = stored.document(sd.doc);
      String kind = d.get(IndexFields.KIND);
      String snippet = snippets[i] == null ? "" : snippets[i].strip();
      hits.add(new Hit(kind, d.get(IndexFields.ID), sd.score, d.get(IndexFields.TITLE), snippet,
          HitFields.read(kind, d)));
    }
    return new SearchResults(total, hits);
  }

  /** The number of records in the index. */
  public int numDocs() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(reader, directory);
  }
}
