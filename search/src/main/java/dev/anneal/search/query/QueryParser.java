package dev.anneal.search.query;

import dev.anneal.search.index.IndexAnalyzers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Parses Anneal's query language into a Lucene query.
 *
 * <p>A query is a sequence of whitespace-separated parts, all of which must match:
 * <ul>
 *   <li>words and {@code "quoted phrases"}: BM25 over title, section and text; stop words are
 *       dropped;</li>
 *   <li>{@code formula:FePO4Li} — the reduced formula, whatever the element order or multiple;</li>
 *   <li>{@code elements:Cu,O} — contains all these elements (and maybe others);</li>
 *   <li>{@code only:La,Sr,Cu,O} — its chemical system is exactly this set of elements;</li>
 *   <li>{@code sg:139}, {@code year:2010..2020}, {@code year:2010..}, {@code year:..2015} —
 *       numbers and inclusive ranges;</li>
 *   <li>{@code kind:material}, {@code doc:ID}, {@code id:ID} — exact values;</li>
 *   <li>{@code tc>30}, {@code tc:30..95}, {@code temperature:1000..1300} — numeric properties
 *       (measured labels, synthesis temperatures) in their canonical unit;</li>
 *   <li>{@code title:word}, {@code section:"a phrase"} — text in one field;</li>
 *   <li>a leading {@code -} excludes: {@code -elements:Pb}, {@code -"thin film"}.</li>
 * </ul>
 * Comma-separated values of formula, sg, year, kind, doc and id are alternatives. Field clauses
 * filter without changing the score, so ranking reflects the text alone.
 */
public final class QueryParser {

  private final Analyzer analyzer;
  private final Set<String> properties;

  /** A parser using the analyzer the index is written with, knowing no numeric property. */
  public QueryParser() {
    this(IndexAnalyzers.create());
  }

  /** A parser analyzing text with {@code analyzer}, which must be the index's; no properties. */
  public QueryParser(Analyzer analyzer) {
    this(analyzer, Set.of());
  }

  /**
   * A parser that knows the numeric properties of its index ({@code tc}, {@code temperature}),
   * so a misspelt one is an error; null accepts any name.
   */
  public QueryParser(Analyzer analyzer, Set<String> properties) {
    this.analyzer = analyzer;
    this.properties = properties == null ? null : Set.copyOf(properties);
  }

  /** A short description of the query language for {@code --help}. */
  public static String syntaxHelp() {
    return String.join("\n",
        "words, \"a phrase\"      all must match title, section or text (ranked by BM25)",
        "formula:FePO4Li          reduced formula, any element order or multiple",
        "elements:Cu,O            contains all these elements",
        "only:La,Sr,Cu,O          chemical system is exactly these elements",
        "sg:139  sg:136..141      space group number or range",
        "year:2010..2020          inclusive range; 2010.. and ..2020 are open",
        "kind:material            paragraph, material, synthesis, structure or calculation",
        "tc>30  tc:30..95         a numeric property (canonical unit: K, s, eV/atom, GPa);",
        "temperature:1000..1300   also >=, <, <=, =; year and sg compare too",
        "doc:ID  id:ID            exact document or record id",
        "title:word  section:\"a phrase\"   text in one field",
        "-clause                  excludes; a,b in formula/sg/year/kind/doc/id means either");
  }

  /** The field names a query may use, for help texts. */
  public static List<String> fields() {
    return FieldClauses.FIELDS;
  }

  /**
   * The Lucene query for {@code query}.
   *
   * @throws QuerySyntaxException if the query is not valid; never a Lucene exception
   */
  public Query parse(String query) {
    if (query == null || query.isBlank()) {
      throw new QuerySyntaxException("empty query", query == null ? "" : query, 0);
    }
    TextQueries text = new TextQueries(analyzer);
    FieldClauses fields = new FieldClauses(query, text, properties);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    boolean positive = false;
    try {
      for (Token t : QueryLexer.tokens(query)) {
        Query q;
        boolean scores;
        if (t.type() == Token.Type.FIELD) {
          q = fields.build(t);
          scores = FieldClauses.scores(t);
        } else if (t.type() == Token.Type.COMPARE) {
          q = fields.compare(t);
          scores = false;
        } else {
          q = text.anyField(t.value());
          scores = true;
        }
        if (q == null) {
          continue; // a stop word, or a phrase of stop words
        }
        BooleanClause.Occur occur = t.negated() ? BooleanClause.Occur.MUST_NOT
            : scores ? BooleanClause.Occur.MUST : BooleanClause.Occur.FILTER;
        b.add(q, occur);
        clauses++;
        positive |= !t.negated();
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("too many terms (at most "
          + IndexSearcher.getMaxClauseCount() + ")", query, 0);
    }
    if (clauses == 0) {
      return new MatchNoDocsQuery("the query has only stop words");
    }
    if (!positive) {
      // Lucene matches nothing with only MUST_NOT clauses; "-kind:paragraph" means "all but".
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /**
   * The reduced formula (pymatgen convention) of a plain formula such as {@code FePO4Li}, or
   * empty when it is not one. The index writer keys materials with this, so both sides agree.
   */
  public static Optional<String> reducedFormula(String formula) {
    try {
      return Optional.of(PlainFormula.parse(formula).reducedFormula());
    } catch (PlainFormula.Error e) {
      return Optional.empty();
    }
  }

  /** The sorted element symbols of a plain formula, or empty when it is not one. */
  public static Optional<List<String>> elements(String formula) {
    try {
      return Optional.of(PlainFormula.parse(formula).elements());
    } catch (PlainFormula.Error e) {
      return Optional.empty();
    }
  }
}
