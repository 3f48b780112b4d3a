package dev.anneal.tokenize.tokenizer.hf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The library's decoders the open models' files use ({@code ByteLevel}, {@code Replace},
 * {@code ByteFallback}, {@code Fuse}, {@code Strip}, {@code Metaspace}, and a {@code Sequence} of
 * them), each a step over the list of token strings as in the library's {@code decode_chain}.
 */
final class TokenDecoder {

  private final List<UnaryOperator<List<String>>> steps;

  private TokenDecoder(List<UnaryOperator<List<String>>> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The decoder described by {@code node}; refuses what it cannot reproduce. */
  static TokenDecoder of(JsonNode node) {
    List<UnaryOperator<List<String>>> steps = new ArrayList<>();
    if (node != null && !node.isNull()) {
      add(node, steps);
    }
    return new TokenDecoder(steps);
  }

  /** The text of {@code tokens}. */
  String decode(List<String> tokens) {
    List<String> t = tokens;
    for (UnaryOperator<List<String>> step : steps) {
      t = step.apply(t);
    }
    return String.join("", t);
  }

  private static void add(JsonNode node, List<UnaryOperator<List<String>>> steps) {
    String type = node.path("type").asText("");
    switch (type) {
      case "ByteLevel" -> steps.add(TokenDecoder::byteLevel);
      case "ByteFallback" -> steps.add(TokenDecoder::byteFallback);
      case "Fuse" -> steps.add(tokens -> List.of(String.join("", tokens)));
      case "Replace" -> {
        JsonNode pattern = node.path("pattern");
        if (!pattern.has("String")) {
          throw new IllegalArgumentException("unsupported Replace decoder pattern " + pattern + ": only String");
        }
        String from = pattern.get("String").asText();
        String to = node.path("content").asText();
        steps.add(tokens -> tokens.stream().map(t -> t.replace(from, to)).toList());
      }
      case "Strip" -> {
        String content = node.path("content").asText(" ");
        int start = node.path("start").asInt(0);
        int stop = node.path("stop").asInt(0);
        steps.add(tokens -> tokens.stream().map(t -> strip(t, content.codePointAt(0), start, stop)).toList());
      }
      case "Metaspace" -> {
        char replacement = node.path("replacement").asText("\u2581").charAt(0);
        String scheme = node.path("prepend_scheme").asText(node.path("add_prefix_space").asBoolean(true) ? "always" : "never");
        boolean stripFirst = !"never".equals(scheme);
        steps.add(tokens -> {
          List<String> out = new ArrayList<>(tokens.size());
          for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).replace(replacement, ' ');
            if (i == 0 && stripFirst && t.startsWith(" ")) {
              t = t.substring(1);
            }
            out.add(t);
          }
          return out;
        });
      }
      case "Sequence" -> {
        for (JsonNode d : node.path("decoders")) {
          add(d, steps);
        }
      }
      default -> throw new IllegalArgumentException("unsupported decoder '" + (type.isEmpty() ? node : type)
          + "' (supported: ByteLevel, ByteFallback, Fuse, Replace, Strip, Metaspace, Sequence of them)");
    }
  }

  /** All tokens' byte-level characters as bytes, then UTF-8 with invalid sequences as U+FFFD. */
  private static List<String> byteLevel(List<String> tokens) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String t : tokens) {
      ByteLevelAlphabet.decodeInto(t, bytes);
    }
    return List.of(bytes.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs of {@code <0xXX>} tokens become their UTF-8 text, or one U+FFFD per byte when the run is
   * not valid UTF-8, as the library does.
   */
  private static List<String> byteFallback(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    ByteArrayOutputStream run = new ByteArrayOutputStream();
    for (String t : tokens) {
      int b = byteToken(t);
      if (b >= 0) {
        run.write(b);
        continue;
      }
      flush(run, out);
      out.add(t);
    }
    flush(run, out);
    return out;
  }

  private static void flush(ByteArrayOutputStream run, List<String> out) {
    if (run.size() == 0) {
      return;
    }
    byte[] b = run.toByteArray();
    run.reset();
    try {
      out.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString());
    } catch (CharacterCodingException e) {
      out.add("\uFFFD".repeat(b.length));
    }
  }

  /** The byte of a {@code <0xXX>} token, or -1. */
  static int byteToken(String t) {
    if (t.length() != 6 || !t.startsWith("<0x") || t.charAt(5) != '>') {
      return -1;
    }
    int hi = Character.digit(t.charAt(3), 16);
    int lo = Character.digit(t.charAt(4), 16);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  }

  private static String strip(String t, int content, int start, int stop) {
    int from = 0;
    for (int i = 0; i < start && from < t.length() && t.codePointAt(from) == content; i++) {
      from += Character.charCount(content);
    }
    int to = t.length();
    for (int i = 0; i < stop && to > from && t.codePointBefore(to) == content; i++) {
      to -= Character.charCount(content);
    }
    return t.substring(from, to);
  }
}
