package dev.anneal.tokenize.tokenizer.hf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anneal.tokenize.tokenizer.TokenizerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves the tokens a base model draws document boundaries with: the document-end token
 * ({@code <|end_of_text|>}, {@code <|endoftext|>}, {@code <｜end▁of▁sentence｜>}, {@code </s>},
 * {@code <eos>}), never a chat model's end-of-turn token, and the beginning-of-sequence token its
 * post-processor puts before every document.
 *
 * @param endOfText the id between documents
 * @param bos       the id each document starts with, or -1
 */
record DocumentBoundaries(int endOfText, int bos) {

  /** Document-end tokens of base models, in the order they are looked for. */
  static final List<String> END_OF_TEXT_NAMES = List.of("<|end_of_text|>", "<|endoftext|>",
      "<｜end▁of▁sentence｜>", "</s>", "<eos>");
  /** Beginning-of-sequence tokens, looked for when {@code tokenize.bos=true} and the post-processor names none. */
  static final List<String> BOS_NAMES = List.of("<|begin_of_text|>", "<｜begin▁of▁sentence｜>", "<s>", "<bos>");
  /** Chat end-of-turn tokens: named in the error message as the ones deliberately not used. */
  static final List<String> END_OF_TURN_NAMES = List.of("<|eot_id|>", "<|im_end|>", "<end_of_turn>", "<|end|>");

  /**
   * The boundaries of a file with {@code postProcessor}, whose tokens are {@code vocab} and
   * {@code added}, under {@code options}; a caller mistake, naming the candidates, if none fits.
   */
  static DocumentBoundaries resolve(JsonNode postProcessor, Map<String, Integer> vocab,
      List<AddedToken> added, TokenizerOptions options) {
    Template template = template(postProcessor);
    int eot = endOfText(template, vocab, added, options.endOfText());
    int bos = switch (options.bos()) {
      case NEVER -> -1;
      case AUTO -> template.bos() == null ? -1 : idOf(template.bos(), vocab, added);
      case ALWAYS -> {
        String name = template.bos();
        if (name == null) {
          name = BOS_NAMES.stream().filter(n -> idOf(n, vocab, added) >= 0).findFirst().orElse(null);
        }
        if (name == null || idOf(name, vocab, added) < 0) {
          throw new IllegalArgumentException("tokenize.bos=true but the tokenizer has no beginning-of-sequence"
              + " token (looked for " + BOS_NAMES + " and the post-processor's template)");
        }
        yield idOf(name, vocab, added);
      }
    };
    return new DocumentBoundaries(eot, bos);
  }

  private static int endOfText(Template template, Map<String, Integer> vocab, List<AddedToken> added,
      String configured) {
    if (configured != null) {
      int id = idOf(configured, vocab, added);
      if (id < 0) {
        throw new IllegalArgumentException("tokenize.end_of_text '" + configured
            + "' is not a token of this tokenizer; " + candidates(added));
      }
      return id;
    }
    // A post-processor that ends every sequence with a token (T5's </s>) names the document end.
    if (template.eos() != null && idOf(template.eos(), vocab, added) >= 0) {
      return idOf(template.eos(), vocab, added);
    }
    // A special token first: Gemma's vocabulary also has "</s>" as plain text, its end is <eos>.
    for (String name : END_OF_TEXT_NAMES) {
      for (AddedToken t : added) {
        if (t.special() && t.content().equals(name)) {
          return t.id();
        }
      }
    }
    for (String name : END_OF_TEXT_NAMES) {
      int id = idOf(name, vocab, added);
      if (id >= 0) {
        return id;
      }
    }
    throw new IllegalArgumentException("no document-end token: none of " + END_OF_TEXT_NAMES
        + " is in the vocabulary, and chat end-of-turn tokens " + END_OF_TURN_NAMES
        + " are not used between documents; " + candidates(added));
  }

  private static String candidates(List<AddedToken> added) {
    List<String> special = new ArrayList<>();
    for (AddedToken t : added) {
      if (t.special() && special.size() < 30) {
        special.add(t.content());
      }
    }
    return special.isEmpty()
        ? "the file has no special tokens; set tokenize.end_of_text to a token of its vocabulary"
        : "set tokenize.end_of_text to one of its special tokens: " + String.join(" ", special)
            + (special.size() == 30 ? " ..." : "");
  }

  /** The id of token {@code content} (an added token's id wins over the vocabulary's), or -1. */
  static int idOf(String content, Map<String, Integer> vocab, List<AddedToken> added) {
    for (AddedToken t : added) {
      if (t.content().equals(content)) {
        return t.id();
      }
    }
    return vocab.getOrDefault(content, -1);
  }

  /** The special tokens the post-processor's single-sequence template puts before and after the text. */
  private record Template(String bos, String eos) {
  }

  private static Template template(JsonNode node) {
    if (node == null || node.isNull()) {
      return new Template(null, null);
    }
    String type = node.path("type").asText();
    if ("Sequence".equals(type)) {
      for (JsonNode p : node.path("processors")) {
        Template t = template(p);
        if (t.bos() != null || t.eos() != null) {
          return t;
        }
      }
      return new Template(null, null);
    }
    if (!"TemplateProcessing".equals(type)) {
      return new Template(null, null);
    }
    String before = null;
    String after = null;
    boolean seenSequence = false;
    for (JsonNode piece : node.path("single")) {
      if (piece.has("Sequence")) {
        seenSequence = true;
      } else if (piece.has("SpecialToken")) {
        String id = piece.get("SpecialToken").path("id").asText();
        JsonNode tokens = node.path("special_tokens").path(id).path("tokens");
        String token = tokens.isArray() && tokens.size() == 1 ? tokens.get(0).asText() : id;
        if (seenSequence) {
          after = after == null ? token : after;
        } else {
          before = token;
        }
      }
    }
    return new Template(before, after);
  }
}
