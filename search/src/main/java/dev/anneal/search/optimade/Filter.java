package dev.anneal.search.optimade;

import java.util.List;

/** The syntax tree of an OPTIMADE filter, as {@link FilterParser} builds it from the grammar. */
public sealed interface Filter {

  /** Comparison operators of the grammar. */
  enum Op {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    /** The operator with its sides swapped ({@code 5 < x} is {@code x > 5}). */
    Op flipped() {
      return switch (this) {
        case LT -> GT;
        case LE -> GE;
        case GT -> LT;
        case GE -> LE;
        default -> this;
      };
    }
  }

  /** How a list is compared in {@code HAS}. */
  enum SetMode { ONE, ALL, ANY, ONLY }

  /** Substring operators. */
  enum Fuzzy { CONTAINS, STARTS, ENDS }

  /** A value: a string, a number (kept as written), a boolean, or a property. */
  sealed interface Value {
  }

  /** A string constant, unescaped. */
  record Str(String value) implements Value {
  }

  /** A number constant as written ({@code .2E7}). */
  record Num(String text) implements Value {
  }

  /** {@code TRUE} or {@code FALSE}. */
  record Bool(boolean value) implements Value {
  }

  /** A property name, nested names joined with '.'. */
  record Property(String name) implements Value {
  }

  /** One entry of a value list: an optional operator (an OPTIONAL feature) and a value. */
  record Entry(Op op, Value value) {
  }

  /** {@code a AND b AND …}. */
  record And(List<Filter> terms) implements Filter {
  }

  /** {@code a OR b OR …}. */
  record Or(List<Filter> terms) implements Filter {
  }

  /** {@code NOT a}. */
  record Not(Filter term) implements Filter {
  }

  /** {@code left op right}; either side may be a constant or a property. */
  record Compare(Value left, Op op, Value right) implements Filter {
  }

  /** {@code property IS KNOWN} or {@code IS UNKNOWN}. */
  record Known(Property property, boolean known) implements Filter {
  }

  /** {@code property CONTAINS / STARTS WITH / ENDS WITH value}. */
  record Substring(Property property, Fuzzy kind, Value value) implements Filter {
  }

  /** {@code property HAS [ALL|ANY|ONLY] values}, or the fuzzy form {@code HAS CONTAINS v}. */
  record Has(Property property, SetMode mode, List<Entry> values, Fuzzy fuzzy) implements Filter {
  }

  /** {@code p1:p2:… HAS …} (correlated lists, an OPTIONAL feature). */
  record HasZip(List<Property> properties, SetMode mode) implements Filter {
  }

  /** {@code property LENGTH [op] value}. */
  record Length(Property property, Op op, Value value) implements Filter {
  }

  /** A bare property: the boolean shortcut for {@code property = TRUE}. */
  record BoolProperty(Property property) implements Filter {
  }
}
