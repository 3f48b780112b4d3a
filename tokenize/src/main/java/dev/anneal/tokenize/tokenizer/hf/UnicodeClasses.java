package dev.anneal.tokenize.tokenizer.hf;

/**
 * Rust's character classes as the library uses them, in Java terms: Unicode general categories,
 * so the answers follow the JDK's Unicode tables (Java 17: Unicode 13).
 */
final class UnicodeClasses {

  /**
   * Rust's {@code char::is_whitespace} and Oniguruma's Unicode {@code \s}: the White_Space
   * property, which (unlike {@link Character#isWhitespace}) includes U+0085, U+00A0 and U+202F
   * and excludes U+001C..U+001F.
   */
  static final String WHITE_SPACE_CLASS =
      "\\t\\n\\x0B\\f\\r\\x20\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

  private UnicodeClasses() {
  }

  /** The White_Space property. */
  static boolean isWhiteSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
        || cp == 0x205F || cp == 0x3000;
  }

  /** The library's {@code is_punc}: ASCII punctuation (symbols like $+<=>^`|~ included) or a Unicode P* category. */
  static boolean isPunctuation(int cp) {
    if (cp < 0x80) {
      return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60)
          || (cp >= 0x7B && cp <= 0x7E);
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  /** Rust's {@code char::is_numeric}: general category Nd, Nl or No. */
  static boolean isNumeric(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
