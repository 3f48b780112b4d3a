package dev.anneal.search.query;

import dev.anneal.ingest.chem.Composition;
import dev.anneal.ingest.chem.Element;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small strict parser for plain formulas in queries: element symbols with optional amounts
 * and nested parentheses ({@code Ca3(PO4)2}, {@code YBa2Cu3O6.5}). Nothing else — no hydrates,
 * charges or lowercase — so a typo is an error rather than a silent miss. To be replaced by the
 * project's formula parser in {@code normalize}.
 */
final class PlainFormula {

  /** Longer is not a formula a person types, and bounds the parser's recursion. */
  static final int MAX_LENGTH = 200;

  private final String s;
  private int pos;

  private PlainFormula(String s) {
    this.s = s;
  }

  /** Where in the formula parsing failed and why. */
  static final class Error extends Exception {
    final int offset;

    Error(String message, int offset) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  /** The composition {@code formula} stands for. */
  static Composition parse(String formula) throws Error {
    if (formula.isEmpty()) {
      throw new Error("empty formula", 0);
    }
    if (formula.length() > MAX_LENGTH) {
      throw new Error("formula longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
    }
    PlainFormula p = new PlainFormula(formula);
    Map<String, Double> amounts = p.sequence();
    if (p.pos < formula.length()) {
      throw new Error("')' without a matching '('", p.pos);
    }
    return Composition.of(amounts);
  }

  /** Groups up to the end or a closing parenthesis, which is left for the caller. */
  private Map<String, Double> sequence() throws Error {
    Map<String, Double> out = new LinkedHashMap<>();
    while (pos < s.length() && s.charAt(pos) != ')') {
      char c = s.charAt(pos);
      if (c == '(') {
        int open = pos++;
        Map<String, Double> inner = sequence();
        if (pos >= s.length()) {
          throw new Error("'(' is never closed", open);
        }
        if (inner.isEmpty()) {
          throw new Error("empty parentheses", open);
        }
        pos++;
        double times = amount();
        inner.forEach((sym, a) -> out.merge(sym, a * times, Double::sum));
      } else if (c >= 'A' && c <= 'Z') {
        int start = pos++;
        while (pos < s.length() && Character.isLowerCase(s.charAt(pos))) {
          pos++;
        }
        String symbol = s.substring(start, pos);
        if (!Element.isSymbol(symbol)) {
          throw new Error("unknown element '" + symbol + "'", start);
        }
        out.merge(symbol, amount(), Double::sum);
      } else {
        throw new Error("unexpected character '" + c + "'; expected an element symbol", pos);
      }
    }
    return out;
  }

  /** An optional positive amount after a symbol or group; 1 when absent. */
  private double amount() throws Error {
    int start = pos;
    while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
      pos++;
    }
    if (start == pos) {
      return 1;
    }
    String digits = s.substring(start, pos);
    if (!digits.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
      throw new Error("malformed amount '" + digits + "'", start);
    }
    double amount = Double.parseDouble(digits);
    if (amount <= 0) {
      throw new Error("amount must be positive", start);
    }
    return amount;
  }
}
