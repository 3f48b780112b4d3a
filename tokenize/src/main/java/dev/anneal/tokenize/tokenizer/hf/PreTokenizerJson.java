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

  /** Whether the pre-tokenizer {@code node} has a {@code ByteLevel} step (the model then sees byte-level pieces). */
  static boolean isByteLevel(JsonNode node) {
    if (node == null || node.isNull()) {
      return false;
    }
    if ("ByteLevel".equals(node.path("type").asText())) {
      return true;
    }
    for (JsonNode step : node.path("pretokenizers")) {
      if (isByteLevel(step)) {
        return true;
      }
    }
    return false;
  }

  /** The pre-tokenizer described by {@code node}; none (the whole piece is one word) if null. */
  static PreTokenizer preTokenizer(JsonNode node) {
    if (node == null || node.isNull()) {
      return PreTokenizer.NONE;
    }
    return build(node, new boolean[1]);
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
        Pattern plain = splitPattern(node.path("pattern"), false);
        Pattern newer = splitPattern(node.path("pattern"), true);
        return PatternSplitPreTokenizer.regex(plain, newer.pattern().equals(plain.pattern()) ? null : newer,
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
      case "Metaspace" -> {
        String replacement = node.path("replacement").asText("\u2581");
        if (replacement.length() != 1) {
          throw new IllegalArgumentException("Metaspace replacement '" + replacement + "' is not one character");
        }
        MetaspacePreTokenizer.PrependScheme scheme;
        if (node.has("prepend_scheme")) {
          scheme = MetaspacePreTokenizer.PrependScheme.valueOf(
              node.get("prepend_scheme").asText().toUpperCase(java.util.Locale.ROOT));
        } else {
          // Files written before prepend_scheme existed say add_prefix_space.
          scheme = node.path("add_prefix_space").asBoolean(true)
              ? MetaspacePreTokenizer.PrependScheme.ALWAYS : MetaspacePreTokenizer.PrependScheme.NEVER;
        }
        return new MetaspacePreTokenizer(replacement.charAt(0), scheme, node.path("split").asBoolean(true));
      }
      case "WhitespaceSplit" -> {
        return PatternSplitPreTokenizer.codePoints(UnicodeClasses::isWhiteSpace, SplitBehavior.REMOVED);
      }
      default -> throw new IllegalArgumentException("unsupported pre_tokenizer type '" + type
          + "' (supported: ByteLevel, Metaspace, Sequence, Split, Punctuation, Digits, Whitespace, WhitespaceSplit)");
    }
  }

  /**
   * A {@code Split} pattern: {@code {"String": ...}} literally, or {@code {"Regex": ...}} compiled
   * with Unicode classes, as Oniguruma treats {@code \s}, {@code \d}, {@code \w} and {@code (?i)}.
   */
  private static Pattern splitPattern(JsonNode pattern) {
    return splitPattern(pattern, false);
  }

  private static Pattern splitPattern(JsonNode pattern, boolean newerUnicode) {
    if (pattern.has("String")) {
      return Pattern.compile(Pattern.quote(pattern.get("String").asText()));
    }
    if (pattern.has("Regex")) {
      String regex = pattern.get("Regex").asText();
      try {
        // Java 17 knows Unicode 13; the library's engine knows newer emoji and letters.
        return Pattern.compile(newerUnicode ? UnicodeUpdates.patch(regex) : regex, Pattern.UNICODE_CHARACTER_CLASS);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("Split pre_tokenizer regex does not compile in Java: " + regex, e);
      }
    }
    throw new IllegalArgumentException("Split pre_tokenizer pattern is neither String nor Regex: " + pattern);
  }

  /** The normalizer described by {@code node}: null, or the steps the open models' files use, possibly in a Sequence. */
  static TextNormalizer normalizer(JsonNode node) {
    if (node == null || node.isNull()) {
      return TextNormalizer.NONE;
    }
    List<java.util.function.UnaryOperator<String>> steps = new ArrayList<>();
    addSteps(node, steps);
    return steps.isEmpty() ? TextNormalizer.NONE : new TextNormalizer(steps);
  }

  private static void addSteps(JsonNode node, List<java.util.function.UnaryOperator<String>> steps) {
    String type = node.path("type").asText("");
    switch (type) {
      case "NFC" -> steps.add(TextNormalizer.form(java.text.Normalizer.Form.NFC));
      case "NFKC" -> steps.add(TextNormalizer.form(java.text.Normalizer.Form.NFKC));
      case "NFD" -> steps.add(TextNormalizer.form(java.text.Normalizer.Form.NFD));
      case "NFKD" -> steps.add(TextNormalizer.form(java.text.Normalizer.Form.NFKD));
      case "Lowercase" -> steps.add(TextNormalizer.lowercase());
      case "Strip" -> steps.add(TextNormalizer.strip(node.path("strip_left").asBoolean(true),
          node.path("strip_right").asBoolean(true)));
      case "Prepend" -> steps.add(TextNormalizer.prepend(node.path("prepend").asText()));
      case "Replace" -> {
        JsonNode pattern = node.path("pattern");
        String content = node.path("content").asText();
        if (pattern.has("String")) {
          steps.add(TextNormalizer.replace(pattern.get("String").asText(), content));
        } else {
          steps.add(TextNormalizer.replace(splitPattern(pattern), content));
        }
      }
      case "Sequence" -> {
        for (JsonNode n : node.path("normalizers")) {
          addSteps(n, steps);
        }
      }
      default -> throw new IllegalArgumentException("unsupported normalizer type '" + type
          + "' (supported: NFC, NFKC, NFD, NFKD, Lowercase, Strip, Prepend, Replace, Sequence of them)");
    }
  }
}
