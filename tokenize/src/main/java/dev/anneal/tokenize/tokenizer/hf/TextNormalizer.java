package dev.anneal.tokenize.tokenizer.hf;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's normalizers that the open models' files use, in order: Unicode forms
 * ({@code NFC}, {@code NFKC}, {@code NFD}, {@code NFKD}), {@code Replace}, {@code Prepend},
 * {@code Lowercase} and {@code Strip}.
 */
final class TextNormalizer {

  /** The normalizer of a {@code tokenizer.json} without one. */
  static final TextNormalizer NONE = new TextNormalizer(List.of());

  private final List<UnaryOperator<String>> steps;

  TextNormalizer(List<UnaryOperator<String>> steps) {
    this.steps = List.copyOf(steps);
  }

  String apply(String text) {
    String s = text;
    for (UnaryOperator<String> step : steps) {
      s = step.apply(s);
    }
    return s;
  }

  /** A Unicode normalization form; text already in the form is returned as it is. */
  static UnaryOperator<String> form(Normalizer.Form form) {
    return s -> Normalizer.isNormalized(s, form) ? s : Normalizer.normalize(s, form);
  }

  /** {@code Replace} of a literal string. */
  static UnaryOperator<String> replace(String pattern, String content) {
    return s -> s.replace(pattern, content);
  }

  /** {@code Replace} of a regex's matches. */
  static UnaryOperator<String> replace(Pattern pattern, String content) {
    String literal = Matcher.quoteReplacement(content);
    return s -> pattern.matcher(s).replaceAll(literal);
  }

  /** {@code Prepend}: the library prepends only to non-empty text. */
  static UnaryOperator<String> prepend(String prefix) {
    return s -> s.isEmpty() ? s : prefix + s;
  }

  /** {@code Lowercase}: Rust's {@code to_lowercase}, which is locale-independent. */
  static UnaryOperator<String> lowercase() {
    return s -> s.toLowerCase(Locale.ROOT);
  }

  /** {@code Strip}: Unicode white space off the left and/or right. */
  static UnaryOperator<String> strip(boolean left, boolean right) {
    return s -> {
      int start = 0;
      int end = s.length();
      while (left && start < end && UnicodeClasses.isWhiteSpace(s.codePointAt(start))) {
        start += Character.charCount(s.codePointAt(start));
      }
      while (right && end > start && UnicodeClasses.isWhiteSpace(s.codePointBefore(end))) {
        end -= Character.charCount(s.codePointBefore(end));
      }
      return s.substring(start, end);
    };
  }
}
