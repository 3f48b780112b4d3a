package dev.anneal.search.optimade;

import dev.anneal.search.optimade.Filter.Op;
import dev.anneal.search.optimade.OptimadeProperties.Kind;
import dev.anneal.search.optimade.OptimadeProperties.Prop;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link Filter} into a Lucene query over the structure documents. Unknown values follow
 * the specification: every comparison with an unknown value is false, so {@code NOT} of it is
 * true. Parts this index cannot answer exactly are a 501, never an approximation.
 */
public final class FilterTranslator {

  /** Every structures entry. */
  public static final Query ALL = new TermQuery(new Term(OptimadeFields.TYPE, "structures"));
  /** The flags structure_features may hold (its value set, for HAS ONLY). */
  static final List<String> FEATURES = List.of("disorder", "implicit_atoms", "site_attachments",
      "assemblies");

  private final OptimadeProperties properties;
  private final IndexReader reader;
  private final Set<String> warnings = new LinkedHashSet<>();

  /** For the index read by {@code reader}, whose numeric properties are {@code numbers}. */
  public FilterTranslator(IndexReader reader, Set<String> numbers) {
    this.reader = reader;
    this.properties = new OptimadeProperties(numbers);
  }

  /** Warnings for the client (filters on other providers' properties), after {@link #query}. */
  public Set<String> warnings() {
    return warnings;
  }

  /** The structures matching {@code filter}, or all structures for a null or blank filter. */
  public Query query(String filter) throws IOException {
    if (filter == null || filter.isBlank()) {
      return ALL;
    }
    return new BooleanQuery.Builder().add(ALL, Occur.FILTER)
        .add(translate(FilterParser.parse(filter)), Occur.FILTER).build();
  }

  Query translate(Filter f) throws IOException {
    if (f instanceof Filter.And a) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Filter t : a.terms()) {
        b.add(translate(t), Occur.FILTER);
      }
      return b.build();
    }
    if (f instanceof Filter.Or o) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Filter t : o.terms()) {
        b.add(translate(t), Occur.SHOULD);
      }
      return b.setMinimumNumberShouldMatch(1).build();
    }
    if (f instanceof Filter.Not n) {
      return not(translate(n.term()));
    }
    if (f instanceof Filter.Compare c) {
      return compare(c);
    }
    if (f instanceof Filter.Known k) {
      return known(k);
    }
    if (f instanceof Filter.Substring s) {
      return substring(s);
    }
    if (f instanceof Filter.Has h) {
      return has(h);
    }
    if (f instanceof Filter.HasZip z) {
      for (Filter.Property p : z.properties()) {
        properties.resolve(p.name());
      }
      throw FilterException.notImplemented("correlated list filters (p1:p2 HAS …) are not "
          + "supported");
    }
    if (f instanceof Filter.Length l) {
      return length(l);
    }
    Prop p = properties.resolve(((Filter.BoolProperty) f).property().name());
    if (p.kind() == Kind.FOREIGN) {
      return foreign(p);
    }
    throw FilterException.notImplemented(p.name() + " is not a boolean property");
  }

  private static Query not(Query q) {
    return new BooleanQuery.Builder().add(ALL, Occur.FILTER).add(q, Occur.MUST_NOT).build();
  }

  private static Query and(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
  }

  private Query foreign(Prop p) {
    warnings.add("property " + p.name() + " is not served here: it is unknown for every entry");
    return new MatchNoDocsQuery(p.name() + " is unknown");
  }

  private Query compare(Filter.Compare c) throws IOException {
    Filter.Value left = c.left();
    Op op = c.op();
    Filter.Value right = c.right();
    if (!(left instanceof Filter.Property)) {
      if (right instanceof Filter.Property) {
        return compare(new Filter.Compare(right, op.flipped(), left));
      }
      return constants(left, op, right);
    }
    Prop p = properties.resolve(((Filter.Property) left).name());
    if (right instanceof Filter.Property r) {
      Prop q = properties.resolve(r.name());
      if (p.kind() == Kind.FOREIGN || q.kind() == Kind.FOREIGN) {
        return foreign(p.kind() == Kind.FOREIGN ? p : q);
      }
      throw FilterException.notImplemented("comparing two properties is not supported");
    }
    switch (p.kind()) {
      case FOREIGN:
        return foreign(p);
      case NOT_FILTERABLE:
        throw notFilterable(p);
      case STRING_LIST:
        throw FilterException.notImplemented(p.name() + " is a list: compare it with HAS, "
            + "HAS ALL, HAS ANY or HAS ONLY");
      case ALWAYS_NULL:
        checkType(p, right);
        return new MatchNoDocsQuery(p.name() + " is unknown");
      case CONSTANT_STRING: {
        String v = string(p, right);
        return holds("structures".compareTo(v), op) ? ALL : new MatchNoDocsQuery();
      }
      case CONSTANT_INT: {
        BigDecimal v = number(p, right);
        return holds(BigDecimal.valueOf(3).compareTo(v), op) ? ALL : new MatchNoDocsQuery();
      }
      case INT:
        return intCompare(p.field(), op, number(p, right));
      case ANNEAL_NUMBER:
        return doubleCompare(p, op, number(p, right));
      case STRING:
        return stringCompare(p, op, string(p, right));
      default:
        throw new IllegalStateException(p.kind().toString());
    }
  }

  private static Query constants(Filter.Value left, Op op, Filter.Value right) {
    if (left instanceof Filter.Num a && right instanceof Filter.Num b) {
      return holds(decimal(a).compareTo(decimal(b)), op) ? ALL : new MatchNoDocsQuery();
    }
    if (left instanceof Filter.Bool a && right instanceof Filter.Bool b) {
      return holds(Boolean.compare(a.value(), b.value()), op) ? ALL : new MatchNoDocsQuery();
    }
    throw FilterException.notImplemented("comparing two string constants, or constants of "
        + "different types, is not supported");
  }

  private static boolean holds(int cmp, Op op) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
    };
  }

  private Query known(Filter.Known k) {
    Prop p = properties.resolve(k.property().name());
    boolean nullable = (p.kind() == Kind.STRING && !p.name().equals("id"))
        || p.kind() == Kind.ANNEAL_NUMBER;
    if (nullable) {
      Query q = new TermQuery(new Term(OptimadeFields.KNOWN, p.name()));
      return k.known() ? q : not(q);
    }
    if (p.kind() == Kind.FOREIGN) {
      foreign(p);
    }
    boolean known = p.kind() != Kind.FOREIGN && p.kind() != Kind.ALWAYS_NULL;
    return known == k.known() ? ALL : new MatchNoDocsQuery();
  }

  private Query substring(Filter.Substring s) {
    Prop p = properties.resolve(s.property().name());
    switch (p.kind()) {
      case FOREIGN:
        return foreign(p);
      case ALWAYS_NULL:
        string(p, s.value());
        return new MatchNoDocsQuery(p.name() + " is unknown");
      case CONSTANT_STRING: {
        String v = string(p, s.value());
        boolean m = switch (s.kind()) {
          case CONTAINS -> "structures".contains(v);
          case STARTS -> "structures".startsWith(v);
          case ENDS -> "structures".endsWith(v);
        };
        return m ? ALL : new MatchNoDocsQuery();
      }
      case STRING: {
        String v = string(p, s.value());
        return switch (s.kind()) {
          case STARTS -> new PrefixQuery(new Term(p.field(), v));
          case CONTAINS -> new WildcardQuery(new Term(p.field(), "*" + wildcardEscape(v) + "*"));
          case ENDS -> new WildcardQuery(new Term(p.field(), "*" + wildcardEscape(v)));
        };
      }
      case NOT_FILTERABLE:
        throw notFilterable(p);
      default:
        throw FilterException.notImplemented(p.name() + " is not a string: CONTAINS, STARTS "
            + "and ENDS apply to strings");
    }
  }

  private Query has(Filter.Has h) throws IOException {
    Prop p = properties.resolve(h.property().name());
    if (p.kind() == Kind.FOREIGN) {
      return foreign(p);
    }
    if (p.kind() == Kind.NOT_FILTERABLE) {
      throw notFilterable(p);
    }
    if (p.kind() != Kind.STRING_LIST) {
      throw FilterException.notImplemented(p.name() + " is not a list: HAS applies to lists");
    }
    if (h.fuzzy() != null) {
      throw FilterException.notImplemented("HAS with CONTAINS, STARTS or ENDS is not supported");
    }
    List<String> values = new ArrayList<>();
    for (Filter.Entry e : h.values()) {
      if (e.op() != null && e.op() != Op.EQ) {
        throw FilterException.notImplemented("HAS with a comparison operator other than = is "
            + "not supported");
      }
      values.add(p.valuePrefix() == null ? string(p, e.value())
          : p.valuePrefix() + string(p, e.value()));
    }
    switch (h.mode()) {
      case ONE:
      case ALL: {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
          b.add(new TermQuery(new Term(p.field(), v)), Occur.FILTER);
        }
        return b.build();
      }
      case ANY: {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
          b.add(new TermQuery(new Term(p.field(), v)), Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
      }
      default: {
        // HAS ONLY: no item outside the given values, i.e. NOT HAS ANY of the other values the
        // field holds (its terms in this index, or the fixed vocabulary of structure_features).
        TreeSet<String> others = new TreeSet<>();
        if (p.field().equals(OptimadeFields.FEATURES)) {
          others.addAll(FEATURES);
        } else if (p.valuePrefix() == null) {
          Terms terms = MultiTerms.getTerms(reader, p.field());
          if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
              others.add(t.utf8ToString());
            }
          }
        } else {
          throw FilterException.notImplemented("HAS ONLY is not supported on " + p.name());
        }
        others.removeAll(values);
        if (others.isEmpty()) {
          return ALL;
        }
        List<BytesRef> refs = others.stream().map(BytesRef::new).toList();
        return not(new TermInSetQuery(p.field(), refs));
      }
    }
  }

  private Query length(Filter.Length l) {
    Prop p = properties.resolve(l.property().name());
    Op op = l.op() == null ? Op.EQ : l.op();
    return switch (p.name()) {
      case "elements" -> intCompare(OptimadeFields.NELEMENTS, op, number(p, l.value()));
      case "species_at_sites", "cartesian_site_positions" ->
          intCompare(OptimadeFields.NSITES, op, number(p, l.value()));
      case "lattice_vectors", "dimension_types" ->
          holds(BigDecimal.valueOf(3).compareTo(number(p, l.value())), op) ? ALL
              : new MatchNoDocsQuery();
      default -> {
        if (p.kind() == Kind.FOREIGN) {
          yield foreign(p);
        }
        if (p.kind() == Kind.ALWAYS_NULL) {
          number(p, l.value());
          yield new MatchNoDocsQuery(p.name() + " is unknown");
        }
        throw FilterException.notImplemented("LENGTH is not supported on " + p.name());
      }
    };
  }

  private static Query intCompare(String field, Op op, BigDecimal v) {
    if (op == Op.NE) {
      return not(intCompare(field, Op.EQ, v));
    }
    BigDecimal lo;
    BigDecimal hi;
    switch (op) {
      case EQ -> {
        if (v.stripTrailingZeros().scale() > 0) {
          return new MatchNoDocsQuery("not a whole number");
        }
        lo = v;
        hi = v;
      }
      case LT -> {
        lo = null;
        hi = v.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
      }
      case LE -> {
        lo = null;
        hi = v.setScale(0, RoundingMode.FLOOR);
      }
      case GT -> {
        lo = v.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
        hi = null;
      }
      default -> {
        lo = v.setScale(0, RoundingMode.CEILING);
        hi = null;
      }
    }
    long l = lo == null ? Integer.MIN_VALUE : clamp(lo);
    long h = hi == null ? Integer.MAX_VALUE : clamp(hi);
    if (l > h) {
      return new MatchNoDocsQuery("empty range");
    }
    return IntPoint.newRangeQuery(field, (int) l, (int) h);
  }

  private static long clamp(BigDecimal v) {
    if (v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return Integer.MAX_VALUE + 1L;
    }
    if (v.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      return Integer.MIN_VALUE - 1L;
    }
    return v.longValueExact();
  }

  private static Query doubleCompare(Prop p, Op op, BigDecimal v) {
    double d = v.doubleValue();
    if (Double.isInfinite(d)) {
      throw FilterException.notImplemented("numbers beyond ±1.8e308 are not supported");
    }
    Query known = new TermQuery(new Term(OptimadeFields.KNOWN, p.name()));
    // The stored double nearest to the decimal: equality holds for the values the index serves.
    return switch (op) {
      case EQ -> DoublePoint.newExactQuery(p.field(), d);
      case NE -> and(known, not(DoublePoint.newExactQuery(p.field(), d)));
      case LT -> DoublePoint.newRangeQuery(p.field(), Double.NEGATIVE_INFINITY,
          BigDecimal.valueOf(d).compareTo(v) < 0 ? d : Math.nextDown(d));
      case LE -> DoublePoint.newRangeQuery(p.field(), Double.NEGATIVE_INFINITY,
          BigDecimal.valueOf(d).compareTo(v) > 0 ? Math.nextDown(d) : d);
      case GT -> DoublePoint.newRangeQuery(p.field(),
          BigDecimal.valueOf(d).compareTo(v) > 0 ? d : Math.nextUp(d), Double.POSITIVE_INFINITY);
      case GE -> DoublePoint.newRangeQuery(p.field(),
          BigDecimal.valueOf(d).compareTo(v) < 0 ? Math.nextUp(d) : d, Double.POSITIVE_INFINITY);
    };
  }

  private static Query stringCompare(Prop p, Op op, String v) {
    Query eq = new TermQuery(new Term(p.field(), v));
    BytesRef b = new BytesRef(v);
    return switch (op) {
      case EQ -> eq;
      case NE -> p.name().equals("id") ? not(eq)
          : and(new TermQuery(new Term(OptimadeFields.KNOWN, p.name())), not(eq));
      case LT -> new TermRangeQuery(p.field(), null, b, true, false);
      case LE -> new TermRangeQuery(p.field(), null, b, true, true);
      case GT -> new TermRangeQuery(p.field(), b, null, false, true);
      case GE -> new TermRangeQuery(p.field(), b, null, true, true);
    };
  }

  private static String wildcardEscape(String v) {
    StringBuilder b = new StringBuilder();
    for (char c : v.toCharArray()) {
      if (c == '*' || c == '?' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  private static void checkType(Prop p, Filter.Value v) {
    if (p.type().equals("timestamp")) {
      timestamp(p, v);
    } else if (p.type().equals("string")) {
      string(p, v);
    } else if (p.type().equals("integer") || p.type().equals("float")) {
      number(p, v);
    } else {
      throw FilterException.notImplemented(p.name() + " is a list: compare it with HAS");
    }
  }

  private static void timestamp(Prop p, Filter.Value v) {
    String s = string(p, v);
    try {
      OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        LocalDate.parse(s);
      } catch (DateTimeParseException e2) {
        throw FilterException.badRequest(p.name() + " is a timestamp; '" + s
            + "' is not an RFC 3339 date-time");
      }
    }
  }

  private static String string(Prop p, Filter.Value v) {
    if (v instanceof Filter.Str s) {
      return s.value();
    }
    throw FilterException.notImplemented(p.name() + " is a " + p.type()
        + "; comparing it with a value of another type is not supported");
  }

  private static BigDecimal number(Prop p, Filter.Value v) {
    if (v instanceof Filter.Num n) {
      return decimal(n);
    }
    throw FilterException.notImplemented(p.name() + " is " + (p.type() == null ? "a number"
        : "a " + p.type()) + "; comparing it with a value of another type is not supported");
  }

  private static BigDecimal decimal(Filter.Num n) {
    try {
      BigDecimal d = new BigDecimal(n.text().startsWith("+") ? n.text().substring(1) : n.text());
      if (d.abs().compareTo(new BigDecimal("1e400")) > 0) {
        throw FilterException.notImplemented("numbers beyond ±1e400 are not supported: "
            + n.text());
      }
      return d;
    } catch (NumberFormatException | ArithmeticException e) {
      throw FilterException.notImplemented("numbers beyond the machine range are not "
          + "supported: " + n.text());
    }
  }

  private static FilterException notFilterable(Prop p) {
    return FilterException.notImplemented("filtering on " + p.name() + " is not supported");
  }
}
