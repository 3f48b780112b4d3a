package dev.anneal.tokenize.tokenizer.hf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Builds the pre-tokenizer and normalizer of a {@code tokenizer.json}, refusing what it cannot reproduce. */
final class PreTokenizerJson {

  /** The library's {@code Whitespace} pattern; its non-matches are removed. */
  private static final Pattern WHITESPACE_WORDS =
      Pattern.compile("\\w+|[^\\w\\s]+", Pattern.UNICODE_CHARACTER_CLASS);

  private PreTokenizerJson() {
  }

  /**
   * The pre-tokenizer described by {@code node}; at least one {@code ByteLevel} step is required
   * so the model always sees byte-level pieces.
   */
  static PreTokenizer preTokenizer(JsonNode node) {
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException("pre_tokenizer is null: only byte-level BPE (a ByteLevel"
          + " pre-tokenizer) is supported");
    }
    boolean[] byteLevel = {false};
    PreTokenizer p = build(node, byteLevel);
    if (!byteLevel[0]) {
      throw new IllegalArgumentException("pre_tokenizer has no ByteLevel step: only byte-level BPE is supported");
    }
    return p;
  }

  private static PreTokenizer build(JsonNode node, boolean[] byteLevel) {
    String type = node.path("type").asText("");
    switch (type) {
      case "ByteLevel" -> {
        byteLevel[0] = true;
        return new ByteLevelPreTokenizer(node.path("add_prefix_space").asBoolean(true),
            node.path("use_regex").asBoolean(true));
      }
      case "Sequence" -> {
        List<PreTokenizer> steps = new ArrayList<>();
        for (JsonNode step : node.path("pretokenizers")) {
          steps.add(build(step, byteLevel));
        }
        return new SequencePreTokenizer(steps);
      }
      case "Split" -> {
        return PatternSplitPreTokenizer.regex(splitPattern(node.path("pattern")),
            SplitBehavior.fromJson(node.path("behavior").asText("")), node.path("invert").asBoolean(false));
      }
      case "Punctuation" -> {
        return PatternSplitPreTokenizer.codePoints(UnicodeClasses::isPunctuation,
            SplitBehavior.fromJson(node.path("behavior").asText("Isolated")));
      }
      case "Digits" -> {
        boolean individual = node.path("individual_digits").asBoolean(false);
        return PatternSplitPreTokenizer.codePoints(UnicodeClasses::isNumeric,
            individual ? SplitBehavior.ISOLATED : SplitBehavior.CONTIGUOUS);
      }
      case "Whitespace" -> {
        return PatternSplitPreTokenizer.regex(WHITESPACE_WORDS, SplitBehavior.REMOVED, true);
      }
      case "WhitespaceSplit" -> {
        return PatternSplitPreTokenizer.codePoints(UnicodeClasses::isWhiteSpace, SplitBehavior.REMOVED);
      }
      default -> throw new IllegalArgumentException("unsupported pre_tokenizer type '" + type
          + "' (supported: ByteLevel, Sequence, Split, Punctuation, Digits, Whitespace, WhitespaceSplit)");
    }
  }

  /**
   * A {@code Split} pattern: {@code {"String": ...}} literally, or {@code {"Regex": ...}} compiled
   * with Unicode classes, as Oniguruma treats {@code \s}, {@code \d}, {@code \w} and {@code (?i)}.
   */
  private static Pattern splitPattern(JsonNode pattern) {
    if (pattern.has("String")) {
      return Pattern.compile(Pattern.quote(pattern.get("String").asText()));
    }
    if (pattern.has("Regex")) {
      String regex = pattern.get("Regex").asText();
      try {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("Split pre_tokenizer regex does not compile in Java: " + regex, e);
      }
    }
    throw new IllegalArgumentException("Split pre_tokenizer pattern is neither String nor Regex: " + pattern);
  }

  /** The normalizer described by {@code node} (null, a Unicode form, or a Sequence of them). */
  static TextNormalizer normalizer(JsonNode node) {
    if (node == null || node.isNull()) {
      return TextNormalizer.NONE;
    }
    List<java.text.Normalizer.Form> forms = new ArrayList<>();
    addForms(node, forms);
    return new TextNormalizer(forms);
  }

  private static void addForms(JsonNode node, List<java.text.Normalizer.Form> forms) {
    String type = node.path("type").asText("");
    switch (type) {
      case "NFC" -> forms.add(java.text.Normalizer.Form.NFC);
      case "NFKC" -> forms.add(java.text.Normalizer.Form.NFKC);
      case "NFD" -> forms.add(java.text.Normalizer.Form.NFD);
      case "NFKD" -> forms.add(java.text.Normalizer.Form.NFKD);
      case "Sequence" -> {
        for (JsonNode n : node.path("normalizers")) {
          addForms(n, forms);
        }
      }
      default -> throw new IllegalArgumentException("unsupported normalizer type '" + type
          + "' (supported: NFC, NFKC, NFD, NFKD, Sequence of them)");
    }
  }
}
