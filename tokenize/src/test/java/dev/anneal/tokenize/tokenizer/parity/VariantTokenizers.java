package dev.anneal.tokenize.tokenizer.parity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code tokenizer.json} variants of GPT-2 written to {@code target/}, so that components the two
 * real files do not use (Llama 3's Split regex, NFC, {@code ignore_merges}, pair-form merges,
 * non-special added tokens, prefix space, individual digits) are also checked against the library.
 */
final class VariantTokenizers {

  /** Llama 3's pre-tokenization regex, as its tokenizer.json spells it. */
  static final String LLAMA3_REGEX = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}"
      + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

  private VariantTokenizers() {
  }

  /** Llama 3 / Qwen 2 style: NFC, Split regex then ByteLevel without regex, ignore_merges, pair merges, non-special added tokens. */
  static Path llamaStyle(Path gpt2, Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(gpt2.toFile());
    root.set("normalizer", mapper.readTree("{\"type\":\"NFC\"}"));
    ObjectNode split = mapper.createObjectNode().put("type", "Split").put("behavior", "Isolated").put("invert", false);
    split.set("pattern", mapper.createObjectNode().put("Regex", LLAMA3_REGEX));
    ObjectNode byteLevel = mapper.createObjectNode().put("type", "ByteLevel").put("add_prefix_space", false)
        .put("trim_offsets", true).put("use_regex", false);
    ObjectNode seq = mapper.createObjectNode().put("type", "Sequence");
    seq.putArray("pretokenizers").add(split).add(byteLevel);
    root.set("pre_tokenizer", seq);
    ObjectNode model = (ObjectNode) root.get("model");
    model.put("ignore_merges", true);
    ArrayNode pairs = mapper.createArrayNode();
    for (var merge : model.get("merges")) {
      String[] parts = merge.asText().split(" ");
      pairs.addArray().add(parts[0]).add(parts[1]);
    }
    model.set("merges", pairs);
    ArrayNode added = (ArrayNode) root.get("added_tokens");
    added.add(token(mapper, 50257, "[SEP]", false, true, false, false));
    added.add(token(mapper, 50258, "Cu₃O", true, false, false, false));
    added.add(token(mapper, 50259, "annealed", false, false, true, false));
    added.add(token(mapper, 50260, "was", false, false, false, true));
    return write(mapper, root, dir.resolve("variant-llama-style.tokenizer.json"));
  }

  /** Prefix space and other splitters: Punctuation (Isolated), Digits (individual), Split on strings, inverted Split removing white space. */
  static Path splitters(Path gpt2, Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(gpt2.toFile());
    root.set("normalizer", mapper.readTree("{\"type\":\"Sequence\",\"normalizers\":[{\"type\":\"NFKC\"}]}"));
    root.set("pre_tokenizer", mapper.readTree("{\"type\":\"Sequence\",\"pretokenizers\":["
        + "{\"type\":\"Split\",\"pattern\":{\"String\":\"\\n\"},\"behavior\":\"MergedWithPrevious\",\"invert\":false},"
        + "{\"type\":\"Split\",\"pattern\":{\"String\":\"=\"},\"behavior\":\"MergedWithNext\",\"invert\":false},"
        + "{\"type\":\"Split\",\"pattern\":{\"Regex\":\"[^\\\\s]+\"},\"behavior\":\"Removed\",\"invert\":true},"
        + "{\"type\":\"Punctuation\"},"
        + "{\"type\":\"Digits\",\"individual_digits\":true},"
        + "{\"type\":\"ByteLevel\",\"add_prefix_space\":true,\"trim_offsets\":true,\"use_regex\":true}]}"));
    return write(mapper, root, dir.resolve("variant-splitters.tokenizer.json"));
  }

  private static ObjectNode token(ObjectMapper mapper, int id, String content, boolean normalized,
      boolean lstrip, boolean rstrip, boolean singleWord) {
    return mapper.createObjectNode().put("id", id).put("content", content).put("single_word", singleWord)
        .put("lstrip", lstrip).put("rstrip", rstrip).put("normalized", normalized).put("special", false);
  }

  private static Path write(ObjectMapper mapper, ObjectNode root, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    mapper.writeValue(file.toFile(), root);
    return file;
  }
}
