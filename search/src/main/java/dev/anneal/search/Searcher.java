package dev.anneal.search;

import dev.anneal.search.index.IndexAnalyzers;
import dev.anneal.search.index.IndexFacets;
import dev.anneal.search.index.IndexFields;
import dev.anneal.search.query.QueryParser;
import dev.anneal.search.query.QuerySyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
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

  /** Values listed per facet dimension. */
  public static final int FACET_VALUES = 20;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryParser parser;
  private final UnifiedHighlighter highlighter;
  private final SortedSetDocValuesReaderState facetState;
  private final RecordLinks links;
  private final Set<String> properties;

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
    this.properties = properties(reader);
    this.parser = new QueryParser(analyzer, properties);
    this.facetState = facetState(reader);
    this.links = new RecordLinks(searcher);
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
    return search(query, limit, List.of());
  }

  /**
   * The best {@code limit} records for an Anneal query, with counts of the values of each of
   * {@code facets} (see {@link IndexFields#FACETS}) over all matches.
   *
   * @throws QuerySyntaxException if the query is malformed or names an unknown facet
   */
  public SearchResults search(String query, int limit, List<String> facets) throws IOException {
    Query parsed = parser.parse(query);
    for (String f : facets) {
      if (!IndexFields.FACETS.contains(f)) {
        throw new QuerySyntaxException("unknown facet '" + f + "'; known facets: "
            + String.join(", ", IndexFields.FACETS), query, 0);
      }
    }
    try {
      return search(parsed, limit, facets);
    } catch (IndexSearcher.TooManyClauses e) {
      // Each word becomes one clause per text field, so Lucene's limit hits at a third of it.
      throw new QuerySyntaxException("too many words: the query expands to more than "
          + IndexSearcher.getMaxClauseCount() + " clauses", query, 0);
    }
  }

  /** The best {@code limit} records for a Lucene query, e.g. one built with {@link QueryParser}. */
  public SearchResults search(Query query, int limit) throws IOException {
    return search(query, limit, List.of());
  }

  private SearchResults search(Query query, int limit, List<String> facets) throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    if (facets.isEmpty() && limit == 0) {
      return new SearchResults(searcher.count(query), List.of());
    }
    Map<String, List<FacetValue>> facetCounts = new LinkedHashMap<>();
    TopDocs top;
    if (facets.isEmpty()) {
      // The exact total comes from the same pass that collects the top hits. (Stopping the count
      // at a threshold, Lucene's default, measured no faster on a 1M-record index, so researchers
      // get exact totals: docs/benchmarks.md, search section.)
      top = searcher.search(query,
          new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE, false));
    } else {
      // Facet counts visit every match anyway; the exact total comes from the same pass.
      FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, query,
          Math.max(limit, 1), new FacetsCollectorManager());
      top = r.topDocs();
      for (String dim : facets) {
        facetCounts.put(dim, counts(r.facetsCollector(), dim));
      }
      if (limit == 0) {
        top = new TopDocs(top.totalHits, new ScoreDoc[0]);
      }
    }
    long total = top.totalHits.value;
    if (top.scoreDocs.length == 0) {
      return new SearchResults(total, List.of(), facetCounts);
    }
    String[] snippets = highlighter.highlight(IndexFields.TEXT, query, top, 1);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = stored.document(sd.doc);
      String kind = d.get(IndexFields.KIND);
      String snippet = snippets[i] == null ? "" : snippets[i].strip();
      List<LinkedRecord> linked = new ArrayList<>();
      for (RecordLinks.Linked l : links.of(d, Hit.MAX_LINKED)) {
        linked.add(new LinkedRecord(l.kind(), l.id(), RecordLinks.title(l)));
      }
      hits.add(new Hit(kind, d.get(IndexFields.ID), sd.score, d.get(IndexFields.TITLE), snippet,
          HitFields.read(kind, d), linked));
    }
    return new SearchResults(total, hits, facetCounts);
  }

  /**
   * One record with everything linked to it (a material's structures with lattice and sites,
   * labels, synthesis descriptions and papers), or empty when there is no such record.
   */
  public Optional<RecordPage> record(String kind, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.UID, kind + ":" + id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
    List<RecordPage.Entry> linked = new ArrayList<>();
    for (RecordLinks.Linked l : links.of(d, RecordPage.MAX_LINKED)) {
      linked.add(RecordPage.entry(l.kind(), l.id(), l.doc()));
    }
    return Optional.of(new RecordPage(RecordPage.entry(kind, id, d), linked));
  }

  /** The numeric properties a query may compare ({@code tc}, {@code temperature}…), sorted. */
  public Set<String> properties() {
    return properties;
  }

  private List<FacetValue> counts(FacetsCollector fc, String dim) throws IOException {
    List<FacetValue> out = new ArrayList<>();
    if (facetState == null) {
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(facetState, fc);
    FacetResult r;
    try {
      r = counts.getTopChildren(FACET_VALUES, dim);
    } catch (IllegalArgumentException e) {
      return out; // no record has this dimension
    }
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        out.add(new FacetValue(lv.label, lv.value.longValue()));
      }
    }
    return out;
  }

  private static SortedSetDocValuesReaderState facetState(DirectoryReader reader)
      throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, IndexFacets.config());
    } catch (IllegalArgumentException e) {
      return null; // an empty index, or one written before facets
    }
  }

  private static Set<String> properties(DirectoryReader reader) {
    Set<String> out = new TreeSet<>();
    for (FieldInfo fi : FieldInfos.getMergedFieldInfos(reader)) {
      if (fi.name.startsWith(IndexFields.NUMBER_PREFIX) && fi.getPointDimensionCount() > 0) {
        out.add(fi.name.substring(IndexFields.NUMBER_PREFIX.length()));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The Lucene searcher over the index, for APIs that build their own queries (OPTIMADE). */
  public IndexSearcher indexSearcher() {
    return searcher;
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
