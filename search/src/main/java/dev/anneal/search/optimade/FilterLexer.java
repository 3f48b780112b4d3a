package dev.anneal.search.optimade;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a filter into the tokens of the specification's grammar, ignoring white space. */
final class FilterLexer {

  /** Token kinds. */
  enum Kind { LPAREN, RPAREN, DOT, COMMA, COLON, OP, STRING, NUMBER, IDENT, KEYWORD, END }

  /** One token: its kind, its text (a string's unescaped value) and where it starts. */
  record Token(Kind kind, String text, int pos) {
  }

  static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "KNOWN", "UNKNOWN",
      "CONTAINS", "STARTS", "ENDS", "WITH", "LENGTH", "HAS", "ALL", "ONLY", "ANY", "TRUE",
      "FALSE");

  private FilterLexer() {
  }

  static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      int start = i;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f') {
        i++;
      } else if (c == '(') {
        out.add(new Token(Kind.LPAREN, "(", i++));
      } else if (c == ')') {
        out.add(new Token(Kind.RPAREN, ")", i++));
      } else if (c == ',') {
        out.add(new Token(Kind.COMMA, ",", i++));
      } else if (c == ':') {
        out.add(new Token(Kind.COLON, ":", i++));
      } else if (c == '=') {
        out.add(new Token(Kind.OP, "=", i++));
      } else if (c == '!') {
        if (i + 1 < n && s.charAt(i + 1) == '=') {
          out.add(new Token(Kind.OP, "!=", i));
          i += 2;
        } else {
          throw error("'!' must be followed by '='", i);
        }
      } else if (c == '<' || c == '>') {
        boolean eq = i + 1 < n && s.charAt(i + 1) == '=';
        out.add(new Token(Kind.OP, eq ? c + "=" : String.valueOf(c), i));
        i += eq ? 2 : 1;
      } else if (c == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw error("unterminated string", start);
          }
          char d = s.charAt(i);
          if (d == '"') {
            i++;
            break;
          }
          if (d == '\\') {
            if (i + 1 < n && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
              b.append(s.charAt(i + 1));
              i += 2;
              continue;
            }
            throw error("a backslash in a string must escape '\"' or '\\'", i);
          }
          if (d < 0x20 && d != '\t' && d != '\n' && d != '\r' && d != 0x0B && d != '\f') {
            throw error("control character in a string", i);
          }
          b.append(d);
          i++;
        }
        out.add(new Token(Kind.STRING, b.toString(), start));
      } else if (isDigit(c) || c == '+' || c == '-' || c == '.') {
        int end = number(s, i);
        if (end < 0) {
          if (c == '.') {
            out.add(new Token(Kind.DOT, ".", i++));
            continue;
          }
          throw error("malformed number", i);
        }
        if (end < n && isWordChar(s.charAt(end))) {
          throw error("malformed number", i);
        }
        out.add(new Token(Kind.NUMBER, s.substring(i, end), i));
        i = end;
      } else if (isLower(c)) {
        while (i < n && (isLower(s.charAt(i)) || isDigit(s.charAt(i)))) {
          i++;
        }
        if (i < n && Character.isUpperCase(s.charAt(i))) {
          throw error("property names are lower case", start);
        }
        out.add(new Token(Kind.IDENT, s.substring(start, i), start));
      } else if (c >= 'A' && c <= 'Z') {
        while (i < n && ((s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') || isLower(s.charAt(i))
            || isDigit(s.charAt(i)))) {
          i++;
        }
        String word = s.substring(start, i);
        if (!KEYWORDS.contains(word)) {
          throw error("unknown keyword '" + word + "' (keywords are upper case, property names"
              + " lower case)", start);
        }
        out.add(new Token(Kind.KEYWORD, word, start));
      } else {
        throw error("unexpected character '" + printable(c) + "'", i);
      }
    }
    out.add(new Token(Kind.END, "", n));
    return out;
  }

  /** The end of the number at {@code i} per the grammar's Number rule, or -1. */
  private static int number(String s, int i) {
    int n = s.length();
    int j = i;
    if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
      j++;
    }
    int digits = 0;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
      digits++;
    }
    if (j < n && s.charAt(j) == '.') {
      int k = j + 1;
      int frac = 0;
      while (k < n && isDigit(s.charAt(k))) {
        k++;
        frac++;
      }
      if (digits == 0 && frac == 0) {
        return -1;
      }
      j = k;
    } else if (digits == 0) {
      return -1;
    }
    if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
        k++;
      }
      int exp = 0;
      while (k < n && isDigit(s.charAt(k))) {
        k++;
        exp++;
      }
      if (exp == 0) {
        return -1;
      }
      j = k;
    }
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLower(char c) {
    return (c >= 'a' && c <= 'z') || c == '_';
  }

  private static boolean isWordChar(char c) {
    return isDigit(c) || isLower(c) || (c >= 'A' && c <= 'Z') || c == '.';
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }

  static FilterException error(String message, int pos) {
    return FilterException.badRequest("filter syntax error at position " + pos + ": " + message);
  }
}
