package dev.anneal.search.query;

/**
 * One lexical unit of a query.
 *
 * @param type       what it is
 * @param field      the field name as written, for {@link Type#FIELD}; else null
 * @param value      the word, the phrase without quotes, or the field value without quotes
 * @param quoted     whether the value was in quotes
 * @param negated    whether it was prefixed with '-'
 * @param start      0-based offset of the token (of the '-' if negated)
 * @param valueStart 0-based offset of the value's first character
 * @param op         the comparison of a {@link Type#COMPARE} ({@code >}, {@code >=}, {@code <},
 *                   {@code <=}, {@code =}); else null
 */
record Token(Type type, String field, String value, boolean quoted, boolean negated, int start,
             int valueStart, String op) {

  /** A token that is not a comparison. */
  Token(Type type, String field, String value, boolean quoted, boolean negated, int start,
        int valueStart) {
    this(type, field, value, quoted, negated, start, valueStart, null);
  }

  /** Kinds of token: a word, a quoted phrase, {@code field:value}, {@code field>value}. */
  enum Type { WORD, PHRASE, FIELD, COMPARE }
}
