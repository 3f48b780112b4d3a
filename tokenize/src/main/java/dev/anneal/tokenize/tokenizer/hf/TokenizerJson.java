package dev.anneal.tokenize.tokenizer.hf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.ContentId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a Hugging Face {@code tokenizer.json} into an {@link HfBpeTokenizer}; anything that would
 * make the ids differ from the library's fails here with the component's name.
 */
public final class TokenizerJson {

  /** Names an end-of-text token goes by, in the order they are looked for. */
  private static final List<String> END_OF_TEXT_NAMES =
      List.of("<|endoftext|>", "<|end_of_text|>", "</s>", "<eos>", "<|end|>");

  private TokenizerJson() {
  }

  /** The tokenizer defined by the file at {@code path}, named {@code name} in the manifest. */
  public static HfBpeTokenizer load(Path path, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer.json " + path, e);
    }
    try {
      return parse(bytes, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  /** The tokenizer defined by {@code bytes}, the contents of a {@code tokenizer.json}. */
  public static HfBpeTokenizer parse(byte[] bytes, String name) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    JsonNode model = root.path("model");
    checkModel(model);
    Map<String, Integer> vocab = vocab(model.path("vocab"));
    MergeTable merges = merges(model.path("merges"), vocab);
    List<AddedToken> added = addedTokens(root.path("added_tokens"), vocab);
    checkDecoder(root.path("decoder"));
    BpeModel bpe = new BpeModel(vocab, merges, model.path("ignore_merges").asBoolean(false),
        unkId(model, vocab), model.path("fuse_unk").asBoolean(false));
    String[] idToToken = idToToken(vocab, added);
    int endOfText = endOfText(vocab, added);
    return new HfBpeTokenizer(name, ContentId.sha256Hex(bytes), idToToken, endOfText, added,
        PreTokenizerJson.normalizer(root.get("normalizer")),
        PreTokenizerJson.preTokenizer(root.get("pre_tokenizer")), bpe);
  }

  private static void checkModel(JsonNode model) {
    String type = model.path("type").asText("BPE");
    if (!"BPE".equals(type)) {
      throw new IllegalArgumentException("unsupported model type '" + type + "': only BPE");
    }
    if (!model.path("dropout").isNull() && !model.path("dropout").isMissingNode()
        && model.path("dropout").asDouble() != 0.0) {
      throw new IllegalArgumentException("unsupported BPE dropout " + model.get("dropout") + ": ids would be random");
    }
    if (model.path("byte_fallback").asBoolean(false)) {
      throw new IllegalArgumentException("unsupported BPE byte_fallback: only byte-level BPE");
    }
    for (String affix : new String[] {"continuing_subword_prefix", "end_of_word_suffix"}) {
      if (!model.path(affix).asText("").isEmpty()) {
        throw new IllegalArgumentException("unsupported BPE " + affix + " '" + model.path(affix).asText() + "'");
      }
    }
  }

  private static int unkId(JsonNode model, Map<String, Integer> vocab) {
    String unk = model.path("unk_token").asText("");
    if (unk.isEmpty()) {
      return -1;
    }
    Integer id = vocab.get(unk);
    if (id == null) {
      throw new IllegalArgumentException("BPE unk_token '" + unk + "' is not in the vocabulary");
    }
    return id;
  }

  private static Map<String, Integer> vocab(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      throw new IllegalArgumentException("model.vocab is missing or empty");
    }
    Map<String, Integer> vocab = new HashMap<>(node.size() * 2);
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    return vocab;
  }

  /** Merges as {@code "a b"} strings (older files) or {@code ["a", "b"]} pairs (newer ones); rank = position. */
  private static MergeTable merges(JsonNode node, Map<String, Integer> vocab) {
    MergeTable table = new MergeTable(node.size());
    int rank = 0;
    for (JsonNode merge : node) {
      String left;
      String right;
      if (merge.isArray() && merge.size() == 2) {
        left = merge.get(0).asText();
        right = merge.get(1).asText();
      } else if (merge.isTextual()) {
        String[] parts = merge.asText().split(" ", -1);
        if (parts.length != 2) {
          throw new IllegalArgumentException("merge " + rank + " is not two tokens: '" + merge.asText() + "'");
        }
        left = parts[0];
        right = parts[1];
      } else {
        throw new IllegalArgumentException("merge " + rank + " is neither \"a b\" nor [a, b]: " + merge);
      }
      Integer l = vocab.get(left);
      Integer r = vocab.get(right);
      Integer m = vocab.get(left + right);
      if (l == null || r == null || m == null) {
        throw new IllegalArgumentException("merge " + rank + " (" + left + " " + right
            + ") uses or makes a token missing from the vocabulary");
      }
      table.put(l, r, rank, m);
      rank++;
    }
    return table;
  }

  /**
   * The added tokens; one whose content is already in the model's vocabulary takes the model's id
   * whatever its {@code id} field says, as the library assigns it when loading the file.
   */
  private static List<AddedToken> addedTokens(JsonNode node, Map<String, Integer> vocab) {
    List<AddedToken> added = new ArrayList<>();
    for (JsonNode t : node) {
      String content = t.path("content").asText();
      added.add(new AddedToken(vocab.getOrDefault(content, t.path("id").asInt()), content,
          t.path("special").asBoolean(false), t.path("normalized").asBoolean(false),
          t.path("lstrip").asBoolean(false), t.path("rstrip").asBoolean(false),
          t.path("single_word").asBoolean(false)));
    }
    return added;
  }

  private static void checkDecoder(JsonNode decoder) {
    String type = decoder.path("type").asText("");
    if (!"ByteLevel".equals(type)) {
      throw new IllegalArgumentException("unsupported decoder '" + (type.isEmpty() ? decoder : type)
          + "': only ByteLevel");
    }
  }

  private static String[] idToToken(Map<String, Integer> vocab, List<AddedToken> added) {
    int max = -1;
    for (int id : vocab.values()) {
      max = Math.max(max, id);
    }
    for (AddedToken t : added) {
      max = Math.max(max, t.id());
    }
    String[] tokens = new String[max + 1];
    vocab.forEach((token, id) -> tokens[id] = token);
    for (AddedToken t : added) {
      tokens[t.id()] = t.content();
    }
    return tokens;
  }

  private static int endOfText(Map<String, Integer> vocab, List<AddedToken> added) {
    for (String name : END_OF_TEXT_NAMES) {
      for (AddedToken t : added) {
        if (t.content().equals(name)) {
          return t.id();
        }
      }
      Integer id = vocab.get(name);
      if (id != null) {
        return id;
      }
    }
    throw new IllegalArgumentException("no end-of-text token (looked for " + END_OF_TEXT_NAMES + ")");
  }
}
