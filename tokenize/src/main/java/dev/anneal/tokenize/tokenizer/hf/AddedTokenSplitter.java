package dev.anneal.tokenize.tokenizer.hf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds added tokens in text (leftmost, then longest, as the library's Aho-Corasick search) and
 * cuts the text around them, honouring {@code lstrip}, {@code rstrip} and {@code single_word}.
 */
final class AddedTokenSplitter {

  /** A piece of the text: either text for the model ({@code id < 0}) or an added token's id. */
  record Piece(String text, int id) {
  }

  private final List<AddedToken> tokens;
  /** What each token matches: its content, normalized for tokens matched on normalized text. */
  private final List<String> patterns;

  AddedTokenSplitter(List<AddedToken> tokens, TextNormalizer normalizer) {
    // Longest first, so the first token that matches at a position is the longest one there.
    List<AddedToken> sorted = new ArrayList<>(tokens);
    sorted.sort((a, b) -> Integer.compare(pattern(b, normalizer).length(), pattern(a, normalizer).length()));
    this.tokens = List.copyOf(sorted);
    this.patterns = sorted.stream().map(t -> pattern(t, normalizer)).toList();
  }

  private static String pattern(AddedToken token, TextNormalizer normalizer) {
    return token.normalized() ? normalizer.apply(token.content()) : token.content();
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }

  /** Appends the pieces of {@code text} to {@code out}; text pieces may be empty only if {@code text} is. */
  void split(String text, List<Piece> out) {
    if (tokens.isEmpty()) {
      out.add(new Piece(text, -1));
      return;
    }
    int emitted = 0;
    int from = 0;
    while (from < text.length()) {
      AddedToken hit = null;
      int at = -1;
      String hitPattern = null;
      for (int i = from; i < text.length() && hit == null; i++) {
        for (int k = 0; k < tokens.size(); k++) {
          if (!patterns.get(k).isEmpty() && text.startsWith(patterns.get(k), i)) {
            hit = tokens.get(k);
            hitPattern = patterns.get(k);
            at = i;
            break;
          }
        }
      }
      if (hit == null) {
        break;
      }
      int start = at;
      int stop = at + hitPattern.length();
      from = stop;
      if (hit.singleWord() && (endsWithWordChar(text, start) || startsWithWordChar(text, stop))) {
        continue;
      }
      if (hit.lstrip()) {
        while (start > emitted && UnicodeClasses.isWhiteSpace(text.codePointBefore(start))) {
          start -= Character.charCount(text.codePointBefore(start));
        }
      }
      if (hit.rstrip()) {
        while (stop < text.length() && UnicodeClasses.isWhiteSpace(text.codePointAt(stop))) {
          stop += Character.charCount(text.codePointAt(stop));
        }
        from = stop;
      }
      if (start > emitted) {
        out.add(new Piece(text.substring(emitted, start), -1));
      }
      out.add(new Piece(text.substring(start, stop), hit.id()));
      emitted = stop;
    }
    if (emitted < text.length()) {
      out.add(new Piece(text.substring(emitted), -1));
    }
  }

  private static boolean endsWithWordChar(String text, int end) {
    return end > 0 && isWordChar(text.codePointBefore(end));
  }

  private static boolean startsWithWordChar(String text, int start) {
    return start < text.length() && isWordChar(text.codePointAt(start));
  }

  /** Rust regex's Unicode {@code \w}: Alphabetic, marks, decimal digits, connectors, joiners. */
  private static boolean isWordChar(int cp) {
    if (Character.isAlphabetic(cp) || cp == 0x200C || cp == 0x200D) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.CONNECTOR_PUNCTUATION -> true;
      default -> false;
    };
  }
}
