package dev.anneal.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a query into words, quoted phrases and {@code field:value} clauses. */
final class QueryLexer {

  /** A field name; a word like {@code 1:2} or {@code Li-ion:} is free text, not a clause. */
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z_]*");
  /** {@code tc>30}, {@code year<=2015}: a name, a comparison and the rest of the word. */
  private static final Pattern COMPARE =
      Pattern.compile("([A-Za-z][A-Za-z0-9_]*)(>=|<=|>|<|=)(.*)");

  private final String q;
  private int pos;

  private QueryLexer(String q) {
    this.q = q;
  }

  static List<Token> tokens(String query) {
    QueryLexer lexer = new QueryLexer(query);
    List<Token> out = new ArrayList<>();
    Token t;
    while ((t = lexer.next()) != null) {
      out.add(t);
    }
    return out;
  }

  private Token next() {
    while (pos < q.length() && Character.isWhitespace(q.charAt(pos))) {
      pos++;
    }
    if (pos >= q.length()) {
      return null;
    }
    int start = pos;
    boolean negated = q.charAt(pos) == '-' && pos + 1 < q.length()
        && !Character.isWhitespace(q.charAt(pos + 1));
    if (negated) {
      pos++;
    }
    if (q.charAt(pos) == '"') {
      int valueStart = pos + 1;
      String phrase = quoted();
      return new Token(Token.Type.PHRASE, null, phrase, true, negated, start, valueStart);
    }
    int wordStart = pos;
    // A word ends at whitespace or at a quote, which then opens a phrase of its own.
    while (pos < q.length() && !Character.isWhitespace(q.charAt(pos)) && q.charAt(pos) != '"') {
      pos++;
    }
    String word = q.substring(wordStart, pos);
    int colon = word.indexOf(':');
    if (colon > 0 && FIELD_NAME.matcher(word.substring(0, colon)).matches()) {
      String field = word.substring(0, colon);
      int valueStart = wordStart + colon + 1;
      if (colon == word.length() - 1 && pos < q.length() && q.charAt(pos) == '"') {
        String value = quoted();
        return new Token(Token.Type.FIELD, field, value, true, negated, start, valueStart + 1);
      }
      String value = word.substring(colon + 1);
      if (value.isEmpty()) {
        throw new QuerySyntaxException("missing value after '" + field + ":'", q, valueStart);
      }
      return new Token(Token.Type.FIELD, field, value, false, negated, start, valueStart);
    }
    java.util.regex.Matcher m = COMPARE.matcher(word);
    if (m.matches()) {
      int valueStart = wordStart + m.end(2);
      if (m.group(3).isEmpty()) {
        throw new QuerySyntaxException("missing number after '" + m.group(1) + m.group(2) + "'",
            q, valueStart);
      }
      return new Token(Token.Type.COMPARE, m.group(1), m.group(3), false, negated, start,
          valueStart, m.group(2));
    }
    return new Token(Token.Type.WORD, null, word, false, negated, start, wordStart);
  }

  /** The text between the quote at {@code pos} and its closing quote, moving past both. */
  private String quoted() {
    int open = pos;
    int close = q.indexOf('"', open + 1);
    if (close < 0) {
      throw new QuerySyntaxException("unbalanced quote: the quote is never closed", q, open);
    }
    pos = close + 1;
    return q.substring(open + 1, close);
  }
}
