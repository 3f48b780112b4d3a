package dev.anneal.tokenize.tokenizer.hf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The library's {@code ByteLevel} pre-tokenizer: optionally a leading space, then GPT-2's regex
 * split, then each piece's UTF-8 bytes spelled in the byte-level alphabet.
 */
final class ByteLevelPreTokenizer implements PreTokenizer {

  /**
   * GPT-2's pattern with Oniguruma's Unicode {@code \s} spelled out, because Java's {@code \s} is
   * ASCII-only and {@code UNICODE_CHARACTER_CLASS} would also change the meaning of other classes.
   */
  static final Pattern GPT2 = Pattern.compile(
      "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^" + UnicodeClasses.WHITE_SPACE_CLASS
          + "\\p{L}\\p{N}]+|[" + UnicodeClasses.WHITE_SPACE_CLASS + "]+(?![^"
          + UnicodeClasses.WHITE_SPACE_CLASS + "])|[" + UnicodeClasses.WHITE_SPACE_CLASS + "]+");

  private final boolean addPrefixSpace;
  private final boolean useRegex;

  ByteLevelPreTokenizer(boolean addPrefixSpace, boolean useRegex) {
    this.addPrefixSpace = addPrefixSpace;
    this.useRegex = useRegex;
  }

  @Override
  public void split(String piece, List<String> out) {
    // The library prepends the space to every piece it is given, not just the document's first.
    String text = addPrefixSpace && !piece.startsWith(" ") ? " " + piece : piece;
    if (!useRegex) {
      if (!text.isEmpty()) {
        out.add(ByteLevelAlphabet.encode(text));
      }
      return;
    }
    List<String> pieces = new ArrayList<>();
    Gpt2Splitter.split(text, pieces);
    for (String p : pieces) {
      out.add(ByteLevelAlphabet.encode(p));
    }
  }
}
