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

  AddedTokenSplitter(List<AddedToken> tokens) {
    // Longest first, so the first token that matches at a position is the longest one there.
    List<AddedToken> sorted = new ArrayList<>(tokens);
    sorted.sort((a, b) -> Integer.compare(b.content().length(), a.content().length()));
    this.tokens = List.copyOf(sorted);
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
      for (int i = from; i < text.length() && hit == null; i++) {
        for (AddedToken t : tokens) {
          if (text.startsWith(t.content(), i)) {
            hit = t;
            at = i;
            break;
          }
        }
      }
      if (hit == null) {
        break;
      }
      int start = at;
      int stop = at + hit.content().length();
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
      out.add(new Piece(hit.content(), hit.id()));
      emitted = stop;
    }
    if (emitted < text.length()) {
      out.add(new Piece(text.substring(emitted), -1));
    }
  }

  private static boolean endsWithWordChar(String text, int end) {
    return end > 0 && Character.isLetterOrDigit(text.codePointBefore(end));
  }

  private static boolean startsWithWordChar(String text, int start) {
    return start < text.length() && Character.isLetterOrDigit(text.codePointAt(start));
  }
}
