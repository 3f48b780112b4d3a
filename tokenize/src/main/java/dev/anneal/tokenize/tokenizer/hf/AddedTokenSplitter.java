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
  /** A trie of the patterns: thousands of added tokens (Gemma has 6,400) must not be tried one by one. */
  private final Node root = new Node();
  /** Characters a pattern starts with, to skip the rest of the text quickly. */
  private final java.util.BitSet firstChars = new java.util.BitSet(0x10000);

  /** One trie node: children by next character, and the token whose pattern ends here. */
  private static final class Node {
    final java.util.Map<Character, Node> children = new java.util.HashMap<>(4);
    AddedToken token;
    int length;
  }

  AddedTokenSplitter(List<AddedToken> tokens, TextNormalizer normalizer) {
    this.tokens = List.copyOf(tokens);
    for (AddedToken t : tokens) {
      String p = pattern(t, normalizer);
      if (p.isEmpty()) {
        continue;
      }
      Node n = root;
      for (int i = 0; i < p.length(); i++) {
        n = n.children.computeIfAbsent(p.charAt(i), c -> new Node());
      }
      // Two tokens with the same pattern: the library's matcher keeps the first.
      if (n.token == null) {
        n.token = t;
        n.length = p.length();
      }
      firstChars.set(p.charAt(0));
    }
  }

  private static String pattern(AddedToken token, TextNormalizer normalizer) {
    return token.normalized() ? normalizer.apply(token.content()) : token.content();
  }

  /** The longest pattern starting at {@code i}, or null. */
  private Node longestAt(String text, int i) {
    Node n = root;
    Node best = null;
    for (int k = i; k < text.length(); k++) {
      n = n.children.get(text.charAt(k));
      if (n == null) {
        break;
      }
      if (n.token != null) {
        best = n;
      }
    }
    return best;
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
      int hitLength = 0;
      for (int i = from; i < text.length(); i++) {
        if (!firstChars.get(text.charAt(i))) {
          continue;
        }
        Node n = longestAt(text, i);
        if (n != null) {
          hit = n.token;
          hitLength = n.length;
          at = i;
          break;
        }
      }
      if (hit == null) {
        break;
      }
      int start = at;
      int stop = at + hitLength;
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
