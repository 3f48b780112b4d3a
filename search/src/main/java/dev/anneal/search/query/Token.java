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
 */
record Token(Type type, String field, String value, boolean quoted, boolean negated, int start,
             int valueStart) {

  /** Kinds of token. */
  enum Type { WORD, PHRASE, FIELD }
}
