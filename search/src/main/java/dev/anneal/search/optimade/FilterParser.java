package dev.anneal.search.optimade;

import dev.anneal.search.optimade.Filter.Entry;
import dev.anneal.search.optimade.Filter.Op;
import dev.anneal.search.optimade.Filter.Property;
import dev.anneal.search.optimade.Filter.SetMode;
import dev.anneal.search.optimade.Filter.Value;
import dev.anneal.search.optimade.FilterLexer.Kind;
import dev.anneal.search.optimade.FilterLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the OPTIMADE filter language (the EBNF of the specification's appendix) by recursive
 * descent. Only parentheses and NOT nest; their depth is capped at {@link #MAX_DEPTH}, so no
 * input decides how deep the parser recurses. Malformed filters are a {@link FilterException}
 * with status 400.
 */
public final class FilterParser {

  /** Longest filter accepted, in characters. */
  public static final int MAX_CHARS = 10_000;
  /** Deepest nesting of parentheses and NOT accepted. */
  public static final int MAX_DEPTH = 32;

  private final List<Token> tokens;
  private int at;
  private int depth;

  private FilterParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The syntax tree of {@code filter}. */
  public static Filter parse(String filter) {
    if (filter.length() > MAX_CHARS) {
      throw FilterException.badRequest("filter longer than " + MAX_CHARS + " characters");
    }
    FilterParser p = new FilterParser(FilterLexer.tokens(filter));
    if (p.peek().kind() == Kind.END) {
      throw FilterLexer.error("empty filter", 0);
    }
    Filter f = p.expression();
    if (p.peek().kind() != Kind.END) {
      throw p.unexpected("AND, OR or the end of the filter");
    }
    return f;
  }

  private Filter expression() {
    List<Filter> terms = new ArrayList<>();
    terms.add(clause());
    while (keyword("OR")) {
      terms.add(clause());
    }
    return terms.size() == 1 ? terms.get(0) : new Filter.Or(terms);
  }

  private Filter clause() {
    List<Filter> terms = new ArrayList<>();
    terms.add(phrase());
    while (keyword("AND")) {
      terms.add(phrase());
    }
    return terms.size() == 1 ? terms.get(0) : new Filter.And(terms);
  }

  private Filter phrase() {
    boolean not = keyword("NOT");
    Filter inner;
    if (peek().kind() == Kind.LPAREN) {
      Token open = next();
      if (++depth > MAX_DEPTH) {
        throw FilterLexer.error("parentheses nested deeper than " + MAX_DEPTH, open.pos());
      }
      inner = expression();
      expect(Kind.RPAREN, "')'");
      depth--;
    } else {
      inner = comparison();
    }
    return not ? new Filter.Not(inner) : inner;
  }

  private Filter comparison() {
    Token t = peek();
    if (t.kind() == Kind.STRING || t.kind() == Kind.NUMBER) {
      Value left = constant();
      Op op = op();
      Value right = op == Op.EQ || op == Op.NE ? value() : orderedValue();
      return new Filter.Compare(left, op, right);
    }
    if (isKeyword(t, "TRUE") || isKeyword(t, "FALSE")) {
      Value left = value();
      Op op = op();
      if (op != Op.EQ && op != Op.NE) {
        throw FilterLexer.error("booleans compare with = and != only", t.pos());
      }
      return new Filter.Compare(left, op, value());
    }
    if (t.kind() != Kind.IDENT) {
      throw unexpected("a property name, a constant, NOT or '('");
    }
    Property p = property();
    Token n = peek();
    if (n.kind() == Kind.OP) {
      Op op = op();
      return new Filter.Compare(p, op, op == Op.EQ || op == Op.NE ? value() : orderedValue());
    }
    if (keyword("IS")) {
      if (keyword("KNOWN")) {
        return new Filter.Known(p, true);
      }
      if (keyword("UNKNOWN")) {
        return new Filter.Known(p, false);
      }
      throw unexpected("KNOWN or UNKNOWN");
    }
    Filter.Fuzzy fuzzy = fuzzy();
    if (fuzzy != null) {
      return new Filter.Substring(p, fuzzy, value());
    }
    if (keyword("HAS")) {
      return has(p);
    }
    if (n.kind() == Kind.COLON) {
      List<Property> props = new ArrayList<>(List.of(p));
      while (peek().kind() == Kind.COLON) {
        next();
        props.add(property());
      }
      if (!keyword("HAS")) {
        throw unexpected("HAS after correlated properties");
      }
      SetMode mode = setMode();
      do {
        zip(props.size());
      } while (mode != SetMode.ONE && comma());
      return new Filter.HasZip(props, mode);
    }
    if (keyword("LENGTH")) {
      Op op = peek().kind() == Kind.OP ? op() : null;
      return new Filter.Length(p, op, value());
    }
    return new Filter.BoolProperty(p);
  }

  private Filter has(Property p) {
    SetMode mode = setMode();
    if (mode == SetMode.ONE) {
      Filter.Fuzzy fuzzy = fuzzy();
      if (fuzzy != null) {
        return new Filter.Has(p, mode, List.of(new Entry(null, value())), fuzzy);
      }
      return new Filter.Has(p, mode, List.of(entry()), null);
    }
    List<Entry> values = new ArrayList<>();
    do {
      Filter.Fuzzy fuzzy = fuzzy();
      if (fuzzy != null) {
        // A fuzzy operator inside a list is an OPTIONAL feature; parse it, refuse it later.
        value();
        return new Filter.Has(p, mode, List.of(), fuzzy);
      }
      values.add(entry());
    } while (comma());
    return new Filter.Has(p, mode, values, null);
  }

  private SetMode setMode() {
    if (keyword("ALL")) {
      return SetMode.ALL;
    }
    if (keyword("ANY")) {
      return SetMode.ANY;
    }
    if (keyword("ONLY")) {
      return SetMode.ONLY;
    }
    return SetMode.ONE;
  }

  private void zip(int width) {
    entry();
    for (int i = 1; i < width; i++) {
      expect(Kind.COLON, "':' (one value per correlated property)");
      entry();
    }
  }

  private Entry entry() {
    if (peek().kind() == Kind.OP) {
      Op op = op();
      return new Entry(op, op == Op.EQ || op == Op.NE ? value() : orderedValue());
    }
    return new Entry(null, value());
  }

  private Filter.Fuzzy fuzzy() {
    if (keyword("CONTAINS")) {
      return Filter.Fuzzy.CONTAINS;
    }
    if (keyword("STARTS")) {
      keyword("WITH");
      return Filter.Fuzzy.STARTS;
    }
    if (keyword("ENDS")) {
      keyword("WITH");
      return Filter.Fuzzy.ENDS;
    }
    return null;
  }

  private Property property() {
    StringBuilder b = new StringBuilder(expect(Kind.IDENT, "a property name").text());
    while (peek().kind() == Kind.DOT) {
      next();
      b.append('.').append(expect(Kind.IDENT, "a property name after '.'").text());
    }
    return new Property(b.toString());
  }

  private Value constant() {
    Token t = next();
    return t.kind() == Kind.STRING ? new Filter.Str(t.text()) : new Filter.Num(t.text());
  }

  private Value value() {
    Token t = peek();
    if (isKeyword(t, "TRUE") || isKeyword(t, "FALSE")) {
      next();
      return new Filter.Bool(t.text().equals("TRUE"));
    }
    return orderedValue();
  }

  private Value orderedValue() {
    Token t = peek();
    if (t.kind() == Kind.STRING || t.kind() == Kind.NUMBER) {
      return constant();
    }
    if (t.kind() == Kind.IDENT) {
      return property();
    }
    throw unexpected(isKeyword(t, "TRUE") || isKeyword(t, "FALSE")
        ? "a string, number or property (booleans compare with = and != only)"
        : "a string, number or property");
  }

  private Op op() {
    Token t = expect(Kind.OP, "a comparison operator");
    return switch (t.text()) {
      case "=" -> Op.EQ;
      case "!=" -> Op.NE;
      case "<" -> Op.LT;
      case "<=" -> Op.LE;
      case ">" -> Op.GT;
      default -> Op.GE;
    };
  }

  private boolean comma() {
    if (peek().kind() == Kind.COMMA) {
      next();
      return true;
    }
    return false;
  }

  private boolean keyword(String word) {
    if (isKeyword(peek(), word)) {
      next();
      return true;
    }
    return false;
  }

  private static boolean isKeyword(Token t, String word) {
    return t.kind() == Kind.KEYWORD && t.text().equals(word);
  }

  private Token expect(Kind kind, String what) {
    if (peek().kind() != kind) {
      throw unexpected(what);
    }
    return next();
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token next() {
    Token t = tokens.get(at);
    if (t.kind() != Kind.END) {
      at++;
    }
    return t;
  }

  private FilterException unexpected(String what) {
    Token t = peek();
    String found = t.kind() == Kind.END ? "the end of the filter"
        : t.kind() == Kind.STRING ? "a string" : "'" + t.text() + "'";
    return FilterLexer.error("expected " + what + ", found " + found, t.pos());
  }
}
