package dev.anneal.tokenize.tokenizer.hf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.ingest.ContentId;
import dev.anneal.tokenize.tokenizer.TokenizerOptions;
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
 * Reads a Hugging Face {@code tokenizer.json} (a BPE model: byte-level, or over characters with
 * byte fallback) into an {@link HfTokenizer}; anything that would make the ids differ from the
 * library's fails here with the component's name.
 */
public final class TokenizerJson {

  private TokenizerJson() {
  }

  /** The tokenizer defined by the file at {@code path}, named {@code name} in the manifest. */
  public static HfTokenizer load(Path path, String name) {
    return load(path, name, TokenizerOptions.DEFAULT);
  }

  /** The tokenizer defined by the file at {@code path}, with documents delimited as {@code options} say. */
  public static HfTokenizer load(Path path, String name, TokenizerOptions options) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer.json " + path, e);
    }
    try {
      return parse(bytes, name, options);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  /** The tokenizer defined by {@code bytes}, the contents of a {@code tokenizer.json}. */
  public static HfTokenizer parse(byte[] bytes, String name) {
    return parse(bytes, name, TokenizerOptions.DEFAULT);
  }

  /** The tokenizer defined by {@code bytes}, with documents delimited as {@code options} say. */
  public static HfTokenizer parse(byte[] bytes, String name, TokenizerOptions options) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    JsonNode model = root.path("model");
    boolean byteLevel = PreTokenizerJson.isByteLevel(root.get("pre_tokenizer"));
    checkModel(model, byteLevel);
    Map<String, Integer> vocab = vocab(model.path("vocab"));
    MergeTable merges = merges(model.path("merges"), vocab);
    List<AddedToken> added = addedTokens(root.path("added_tokens"), vocab);
    TokenDecoder decoder = TokenDecoder.of(root.get("decoder"));
    boolean ignoreMerges = model.path("ignore_merges").asBoolean(false);
    int unk = unkId(model, vocab);
    boolean fuseUnk = model.path("fuse_unk").asBoolean(false);
    TokenModel bpe = byteLevel
        ? new BpeModel(vocab, merges, ignoreMerges, unk, fuseUnk)
        : new CharBpeModel(vocab, merges, ignoreMerges, unk, fuseUnk, model.path("byte_fallback").asBoolean(false));
    String[] idToToken = idToToken(vocab, added);
    DocumentBoundaries boundaries = DocumentBoundaries.resolve(root.get("post_processor"), vocab, added, options);
    return new HfTokenizer(name, ContentId.sha256Hex(bytes), idToToken, boundaries, added,
        PreTokenizerJson.normalizer(root.get("normalizer")),
        PreTokenizerJson.preTokenizer(root.get("pre_tokenizer")), bpe, decoder);
  }

  private static void checkModel(JsonNode model, boolean byteLevel) {
    String type = model.path("type").asText("BPE");
    if (!"BPE".equals(type)) {
      throw new IllegalArgumentException("unsupported model type '" + type + "': only BPE");
    }
    if (!model.path("dropout").isNull() && !model.path("dropout").isMissingNode()
        && model.path("dropout").asDouble() != 0.0) {
      throw new IllegalArgumentException("unsupported BPE dropout " + model.get("dropout") + ": ids would be random");
    }
    if (byteLevel && model.path("byte_fallback").asBoolean(false)) {
      throw new IllegalArgumentException("unsupported BPE byte_fallback with a ByteLevel pre-tokenizer");
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
}
