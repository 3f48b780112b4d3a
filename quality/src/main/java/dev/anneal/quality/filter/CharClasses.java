package dev.anneal.quality.filter;

/**
 * Counts of a text's visible (non-whitespace) characters by class. Math, chemistry and table
 * characters (operators, brackets, Greek letters, sub/superscripts, degree and arrow signs)
 * count as ordinary, not as unusual symbols.
 *
 * @param visible visible characters
 * @param digits  digits
 * @param symbols characters that are neither letters, digits, punctuation nor science symbols
 * @param garbage replacement, control and private-use characters (broken decoding or OCR)
 */
public record CharClasses(int visible, int digits, int symbols, int garbage) {

  private static final String SCIENCE = "+-=*/\\^_()[]{}<>|.,;:!?'\"%&#@~`$°±×÷·•…–—−→←↔⇌≤≥≈≠∼"
      + "∞∑∫∂∇√∝∈∉⊂⊃∪∩∀∃¬∧∨‰Å€£µ′″‹›«»“”‘’§¶†‡";

  /** The counts of {@code text}. */
  public static CharClasses of(String text) {
    int visible = 0;
    int digits = 0;
    int symbols = 0;
    int garbage = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      visible++;
      if (cp == 0xFFFD || Character.isISOControl(cp) || Character.getType(cp) == Character.PRIVATE_USE) {
        garbage++;
      } else if (Character.isDigit(cp)) {
        digits++;
      } else if (!Character.isLetter(cp) && !isScience(cp)) {
        symbols++;
      }
    }
    return new CharClasses(visible, digits, symbols, garbage);
  }

  private static boolean isScience(int cp) {
    int type = Character.getType(cp);
    return SCIENCE.indexOf(cp) >= 0 || type == Character.MATH_SYMBOL
        || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION || type == Character.OTHER_NUMBER
        || type == Character.MODIFIER_SYMBOL || type == Character.NON_SPACING_MARK
        || type == Character.CURRENCY_SYMBOL;
  }
}
