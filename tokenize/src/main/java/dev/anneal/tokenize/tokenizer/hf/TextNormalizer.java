package dev.anneal.tokenize.tokenizer.hf;

import java.text.Normalizer;
import java.util.List;

/** The library's Unicode normalizers ({@code NFC}, {@code NFKC}, {@code NFD}, {@code NFKD}), possibly in a sequence. */
final class TextNormalizer {

  /** The normalizer of a {@code tokenizer.json} without one. */
  static final TextNormalizer NONE = new TextNormalizer(List.of());

  private final List<Normalizer.Form> forms;

  TextNormalizer(List<Normalizer.Form> forms) {
    this.forms = List.copyOf(forms);
  }

  String apply(String text) {
    String s = text;
    for (Normalizer.Form form : forms) {
      if (!Normalizer.isNormalized(s, form)) {
        s = Normalizer.normalize(s, form);
      }
    }
    return s;
  }
}
