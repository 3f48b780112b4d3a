package dev.anneal.tokenize.tokenizer.hf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.ingest.testing.ProjectPaths;
import dev.anneal.tokenize.tokenizer.TextTokenizer;
import dev.anneal.tokenize.tokenizer.Tokenizers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HfTokenizerTest {

  /** A complete byte-level BPE file: the 256 byte characters, merges "Ġ t" and "Ġt h", an end-of-text token. */
  private static String tinyTokenizerJson(String preTokenizer, String decoder) {
    StringBuilder vocab = new StringBuilder();
    for (int b = 0; b < 256; b++) {
      String c = String.valueOf(ByteLevelAlphabet.charOf(b));
      vocab.append('"').append(c.equals("\"") ? "\\\"" : c.equals("\\") ? "\\\\" : c).append("\":").append(b).append(',');
    }
    vocab.append("\"Ġt\":256,\"Ġth\":257,\"<|endoftext|>\":258");
    return "{\"added_tokens\":[{\"id\":258,\"content\":\"<|endoftext|>\",\"special\":true}],"
        + "\"normalizer\":null,\"pre_tokenizer\":" + preTokenizer + ",\"post_processor\":null,"
        + "\"decoder\":" + decoder + ",\"model\":{\"type\":\"BPE\",\"vocab\":{" + vocab + "},"
        + "\"merges\":[\"Ġ t\",[\"Ġt\",\"h\"]]}}";
  }

  private static final String BYTE_LEVEL = "{\"type\":\"ByteLevel\",\"add_prefix_space\":false,\"use_regex\":true}";
  private static final String DECODER = "{\"type\":\"ByteLevel\"}";

  private static HfTokenizer tiny() {
    return TokenizerJson.parse(tinyTokenizerJson(BYTE_LEVEL, DECODER).getBytes(StandardCharsets.UTF_8), "tiny");
  }

  @Test
  void mergesApplyInRankOrderWithBothMergeSpellings() {
    // " th" -> Ġ t h -> Ġt h (rank 0) -> Ġth (rank 1, written in the pair form).
    assertArrayEquals(new int[] {'a', 257, 'e'}, tiny().encode("a the"));
  }

  @Test
  void specialTokenTextIsOrdinaryText() {
    HfTokenizer t = tiny();
    int[] ids = t.encode("x<|endoftext|>");
    assertTrue(Arrays.stream(ids).noneMatch(id -> id == t.endOfTextId()), Arrays.toString(ids));
    assertEquals("x<|endoftext|>", t.decode(ids));
  }

  @Test
  void unpairedSurrogatesEncodeAsTheReplacementCharacter() {
    // What the Rust library receives from a JavaScript or Python string with a lone surrogate.
    HfTokenizer t = tiny();
    assertArrayEquals(t.encode("a\uFFFDb \uFFFD"), t.encode("a\uD800b \uDC00"));
    assertEquals("a\uFFFDb", t.decode(t.encode("a\uD800b")));
  }

  @Test
  void vocabularySizeEndOfTextAndHash() {
    HfTokenizer t = tiny();
    assertEquals(259, t.vocabSize());
    assertEquals(258, t.endOfTextId());
    assertEquals(64, t.definitionSha256().length());
    assertEquals("<|endoftext|>", t.decode(new int[] {258}));
  }

  @Test
  void unsupportedComponentsFailAtLoadNamingThem() {
    IllegalArgumentException pre = assertThrows(IllegalArgumentException.class, () -> TokenizerJson.parse(
        tinyTokenizerJson("{\"type\":\"BertPreTokenizer\"}", DECODER).getBytes(StandardCharsets.UTF_8), "x"));
    assertTrue(pre.getMessage().contains("BertPreTokenizer"), pre.getMessage());
    IllegalArgumentException dec = assertThrows(IllegalArgumentException.class, () -> TokenizerJson.parse(
        tinyTokenizerJson(BYTE_LEVEL, "{\"type\":\"WordPiece\"}").getBytes(StandardCharsets.UTF_8), "x"));
    assertTrue(dec.getMessage().contains("WordPiece"), dec.getMessage());
    IllegalArgumentException unigram = assertThrows(IllegalArgumentException.class, () -> TokenizerJson.parse(
        tinyTokenizerJson(BYTE_LEVEL, DECODER).replace("\"type\":\"BPE\"", "\"type\":\"Unigram\"")
            .getBytes(StandardCharsets.UTF_8), "x"));
    assertTrue(unigram.getMessage().contains("Unigram"), unigram.getMessage());
  }

  @Test
  void realFilesRoundTripScientificUnicodeThroughTheFactory() {
    Path dir = ProjectPaths.root().resolve("../shared/tokenizers").normalize();
    assumeTrue(Files.isDirectory(dir), "skipping: " + dir + " is absent");
    String text = "YBa₂Cu₃O₇₋δ was sintered at 950 °C; a = 3.8227 Å, μ = 12 μm 超伝導 😀\t\n  end";
    for (String file : new String[] {"gpt2.tokenizer.json", "falcon.tokenizer.json"}) {
      TextTokenizer t = Tokenizers.named("hf:" + dir.resolve(file));
      int[] ids = t.encode(text);
      assertEquals(text, t.decode(ids), file);
      assertTrue(Arrays.stream(ids).allMatch(id -> id >= 0 && id < t.vocabSize()), file);
      assertEquals("<|endoftext|>", t.decode(new int[] {t.endOfTextId()}), file);
      assertTrue(t == Tokenizers.named("hf:" + dir.resolve(file)), "loaded once per JVM");
    }
    // The reference ids of the shared README's example (Hugging Face tokenizers 0.22).
    assertArrayEquals(new int[] {32304, 14304, 16402, 19, 373, 42302, 1389, 379, 13037, 22074, 34},
        Tokenizers.named("hf:" + dir.resolve("gpt2.tokenizer.json")).encode("LiFePO4 was calcined at 700 °C"));
  }
}
