package dev.anneal.search.query;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.chem.Element;
import dev.anneal.search.index.IndexFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds the Lucene query for one {@code field:value} clause, checking its value. */
final class FieldClauses {

  /** The fields a query may name, in the order help texts list them. */
  static final List<String> FIELDS = List.of(
      "formula", "elements", "only", "sg", "year", "kind", "doc", "id", "title", "section");

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
  private static final int MAX_SPACEGROUP = 230;

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  private final String query;
  private final TextQueries text;
  private final Set<String> properties;

  /**
   * Clauses of {@code query}; {@code properties} are the numeric properties the index holds
   * ({@code tc}, {@code temperature}…), or null to accept any property name.
   */
  FieldClauses(String query, TextQueries text, Set<String> properties) {
    this.query = query;
    this.text = text;
    this.properties = properties;
  }

  /** Whether the clause should add to the score (text fields) rather than only filter. */
  static boolean scores(Token t) {
    String f = t.field().toLowerCase();
    return f.equals("title") || f.equals("section");
  }

  Query build(Token t) {
    String field = t.field().toLowerCase();
    return switch (field) {
      case "formula" -> anyOf(items(t, ","), this::formula);
      case "elements" -> allOf(elements(t));
      case "only" -> new TermQuery(new Term(IndexFields.CHEMSYS, String.join("-", elements(t))));
      case "sg" -> anyOf(items(t, ","), i -> range(i, IndexFields.SPACEGROUP, 1, MAX_SPACEGROUP));
      case "year" -> anyOf(items(t, ","), i -> range(i, IndexFields.YEAR, -9999, 9999));
      case "kind" -> anyOf(items(t, ","), this::kind);
      case "doc" -> anyOf(items(t, ","), i -> new TermQuery(new Term(IndexFields.DOC_ID, i.text)));
      case "id" -> anyOf(items(t, ","), i -> new TermQuery(new Term(IndexFields.ID, i.text)));
      case "title", "section" -> textClause(t, field);
      default -> anyOf(items(t, ","), i -> numberRange(i, property(t)));
    };
  }

  /** {@code name>v}, {@code name>=v}, {@code name<v}, {@code name<=v}, {@code name=v}. */
  Query compare(Token t) {
    String field = t.field().toLowerCase(Locale.ROOT);
    Item item = new Item(t.value(), t.valueStart());
    if (field.equals("year") || field.equals("sg")) {
      String f = field.equals("year") ? IndexFields.YEAR : IndexFields.SPACEGROUP;
      int min = field.equals("year") ? -9999 : 1;
      int max = field.equals("year") ? 9999 : MAX_SPACEGROUP;
      int n = bound(t.value(), t.valueStart(), f, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1);
      int lo = switch (t.op()) {
        case ">" -> n + 1;
        case ">=", "=" -> n;
        default -> min;
      };
      int hi = switch (t.op()) {
        case "<" -> n - 1;
        case "<=", "=" -> n;
        default -> max;
      };
      return IntPoint.newRangeQuery(f, Math.max(lo, min), Math.min(hi, max));
    }
    String name = property(t);
    double v = number(item, name);
    double lo = switch (t.op()) {
      case ">" -> Math.nextUp(v);
      case ">=", "=" -> v;
      default -> Double.NEGATIVE_INFINITY;
    };
    double hi = switch (t.op()) {
      case "<" -> Math.nextDown(v);
      case "<=", "=" -> v;
      default -> Double.POSITIVE_INFINITY;
    };
    return DoublePoint.newRangeQuery(IndexFields.number(name), lo, hi);
  }

  /** The numeric property a clause names, checked against the index's properties. */
  private String property(Token t) {
    String name = t.field().toLowerCase(Locale.ROOT);
    if (properties != null && !properties.contains(name)) {
      List<String> known = new ArrayList<>(FIELDS);
      known.addAll(new TreeSet<>(properties));
      throw new QuerySyntaxException("unknown field '" + t.field() + "'; known fields: "
          + String.join(", ", known), query,
          t.negated() ? t.start() + 1 : t.start());
    }
    return name;
  }

  /** {@code v}, {@code a..b}, {@code a..} or {@code ..b} over a numeric property. */
  private Query numberRange(Item item, String name) {
    String field = IndexFields.number(name);
    String v = item.text;
    int dots = v.indexOf("..");
    if (dots < 0) {
      return DoublePoint.newExactQuery(field, number(item, name));
    }
    String lo = v.substring(0, dots);
    String hi = v.substring(dots + 2);
    if (lo.isEmpty() && hi.isEmpty()) {
      throw new QuerySyntaxException("range '..' in '" + name + ":' needs at least one bound",
          query, item.offset);
    }
    double from = lo.isEmpty() ? Double.NEGATIVE_INFINITY : number(new Item(lo, item.offset), name);
    double to = hi.isEmpty() ? Double.POSITIVE_INFINITY
        : number(new Item(hi, item.offset + dots + 2), name);
    if (from > to) {
      throw new QuerySyntaxException("empty range '" + v + "' in '" + name
          + ":': the lower bound is above the upper", query, item.offset);
    }
    return DoublePoint.newRangeQuery(field, from, to);
  }

  private double number(Item item, String name) {
    if (!NUMBER.matcher(item.text).matches()) {
      throw new QuerySyntaxException("'" + item.text + "' is not a number for '" + name + "'"
          + " (values are in the property's canonical unit: K, s, eV/atom, GPa; ranges are "
          + "written 1000..1300)", query, item.offset);
    }
    double d = Double.parseDouble(item.text);
    if (!Double.isFinite(d)) {
      throw new QuerySyntaxException("'" + item.text + "' is out of range", query, item.offset);
    }
    return d;
  }

  /** A piece of a comma-separated value and its 0-based offset in the query. */
  private record Item(String text, int offset) {
  }

  private List<Item> items(Token t, String separators) {
    List<Item> out = new ArrayList<>();
    String v = t.value();
    int start = 0;
    for (int i = 0; i <= v.length(); i++) {
      if (i == v.length() || separators.indexOf(v.charAt(i)) >= 0) {
        if (i == start) {
          throw new QuerySyntaxException("empty item in the value of '" + t.field() + ":'",
              query, t.valueStart() + i);
        }
        out.add(new Item(v.substring(start, i), t.valueStart() + start));
        start = i + 1;
      }
    }
    return out;
  }

  private Query formula(Item item) {
    try {
      Composition c = PlainFormula.parse(item.text);
      return new TermQuery(new Term(IndexFields.FORMULA, c.reducedFormula()));
    } catch (PlainFormula.Error e) {
      throw new QuerySyntaxException("bad formula '" + item.text + "': " + e.getMessage(),
          query, item.offset + e.offset);
    }
  }

  /**
   * Sorted distinct element symbols from a list written with ',' or '-' ({@code Cu,O},
   * {@code La-Sr-Cu-O}). Case is forgiven here, unlike in formulas: one symbol per item
   * leaves no ambiguity, so {@code cu} can only mean Cu.
   */
  private List<String> elements(Token t) {
    TreeSet<String> out = new TreeSet<>();
    for (Item item : items(t, ",-")) {
      String s = item.text.strip();
      String symbol = s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
      if (!Element.isSymbol(symbol)) {
        throw new QuerySyntaxException("unknown element '" + item.text + "' in '" + t.field()
            + ":'", query, item.offset);
      }
      out.add(symbol);
    }
    return List.copyOf(out);
  }

  private Query kind(Item item) {
    if (!IndexFields.KINDS.contains(item.text)) {
      throw new QuerySyntaxException("unknown kind '" + item.text + "'; known kinds: "
          + String.join(", ", IndexFields.KINDS), query, item.offset);
    }
    return new TermQuery(new Term(IndexFields.KIND, item.text));
  }

  /** {@code N}, {@code N..M}, {@code N..} or {@code ..M}, every bound within [min, max]. */
  private Query range(Item item, String field, int min, int max) {
    String v = item.text;
    int dots = v.indexOf("..");
    if (dots < 0) {
      int n = bound(v, item.offset, field, min, max);
      return IntPoint.newExactQuery(field, n);
    }
    String lo = v.substring(0, dots);
    String hi = v.substring(dots + 2);
    if (lo.isEmpty() && hi.isEmpty()) {
      throw new QuerySyntaxException("range '..' in '" + field + ":' needs at least one bound",
          query, item.offset);
    }
    int from = lo.isEmpty() ? min : bound(lo, item.offset, field, min, max);
    int to = hi.isEmpty() ? max : bound(hi, item.offset + dots + 2, field, min, max);
    if (from > to) {
      throw new QuerySyntaxException("empty range '" + v + "' in '" + field
          + ":': the lower bound is above the upper", query, item.offset);
    }
    return IntPoint.newRangeQuery(field, from, to);
  }

  private int bound(String s, int offset, String field, int min, int max) {
    if (!INTEGER.matcher(s).matches()) {
      throw new QuerySyntaxException("'" + s + "' is not a whole number in '" + field + ":'"
          + " (ranges are written 2010..2020, 2010.. or ..2020)", query, offset);
    }
    int n = Integer.parseInt(s);
    if (n < min || n > max) {
      throw new QuerySyntaxException(n + " is out of range for '" + field + ":' (" + min + "–"
          + max + ")", query, offset);
    }
    return n;
  }

  private Query textClause(Token t, String field) {
    Query q = text.inField(field, t.value());
    if (q == null) {
      throw new QuerySyntaxException("'" + t.field() + ":" + t.value()
          + "' has no searchable word (stop words are not indexed)", query, t.valueStart());
    }
    return q;
  }

  private static Query anyOf(List<Item> items, Function<Item, Query> each) {
    if (items.size() == 1) {
      return each.apply(items.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    items.forEach(i -> b.add(each.apply(i), BooleanClause.Occur.SHOULD));
    return b.build();
  }

  private static Query allOf(List<String> symbols) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    symbols.forEach(s -> b.add(new TermQuery(new Term(IndexFields.ELEMENTS, s)),
        BooleanClause.Occur.FILTER));
    return b.build();
  }
}
