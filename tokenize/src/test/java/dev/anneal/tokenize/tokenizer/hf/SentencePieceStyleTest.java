package dev.anneal.tokenize.tokenizer.hf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.anneal.tokenize.tokenizer.TokenizerOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SentencePiece-style pipeline (Llama 2, Gemma): characters, byte fallback, ▁ for spaces, BOS. */
class SentencePieceStyleTest {

  private static final int BYTE0 = 3;
  private static final int SPACE = 259;
  private static final int A = 260;
  private static final int SPACE_A = 262;
  private static final int SPACE_AB = 263;

  /** Llama 2's layout in miniature: unk, s, /s, 256 byte tokens, then pieces; merges "▁ a", "▁a b". */
  private static String llama2Style(String normalizer, String preTokenizer, String decoder) {
    StringBuilder vocab = new StringBuilder("\"<unk>\":0,\"<s>\":1,\"</s>\":2,");
    for (int b = 0; b < 256; b++) {
      vocab.append(String.format("\"<0x%02X>\":%d,", b, BYTE0 + b));
    }
    vocab.append("\"▁\":259,\"a\":260,\"b\":261,\"▁a\":262,\"▁ab\":263");
    return "{\"added_tokens\":[{\"id\":0,\"content\":\"<unk>\",\"special\":true},"
        + "{\"id\":1,\"content\":\"<s>\",\"special\":true},{\"id\":2,\"content\":\"</s>\",\"special\":true}],"
        + "\"normalizer\":" + normalizer + ",\"pre_tokenizer\":" + preTokenizer + ","
        + "\"post_processor\":{\"type\":\"TemplateProcessing\",\"single\":[{\"SpecialToken\":{\"id\":\"<s>\",\"type_id\":0}},"
        + "{\"Sequence\":{\"id\":\"A\",\"type_id\":0}}],\"special_tokens\":{\"<s>\":{\"id\":\"<s>\",\"ids\":[1],\"tokens\":[\"<s>\"]}}},"
        + "\"decoder\":" + decoder + ",\"model\":{\"type\":\"BPE\",\"unk_token\":\"<unk>\",\"fuse_unk\":true,"
        + "\"byte_fallback\":true,\"vocab\":{" + vocab + "},\"merges\":[\"▁ a\",\"▁a b\"]}}";
  }

  private static final String PREPEND_REPLACE = "{\"type\":\"Sequence\",\"normalizers\":[{\"type\":\"Prepend\","
      + "\"prepend\":\"▁\"},{\"type\":\"Replace\",\"pattern\":{\"String\":\" \"},\"content\":\"▁\"}]}";
  private static final String LLAMA2_DECODER = "{\"type\":\"Sequence\",\"decoders\":[{\"type\":\"Replace\","
      + "\"pattern\":{\"String\":\"▁\"},\"content\":\" \"},{\"type\":\"ByteFallback\"},{\"type\":\"Fuse\"},"
      + "{\"type\":\"Strip\",\"content\":\" \",\"start\":1,\"stop\":0}]}";

  private static HfTokenizer parse(String json, TokenizerOptions options) {
    return TokenizerJson.parse(json.getBytes(StandardCharsets.UTF_8), "sp", options);
  }

  private static HfTokenizer llama2() {
    return parse(llama2Style(PREPEND_REPLACE, "null", LLAMA2_DECODER), TokenizerOptions.DEFAULT);
  }

  @Test
  void spacesBecomeMetaspaceAndPiecesMerge() {
    // "ab a" -> "▁ab▁a" as one word (no pre-tokenizer): ▁ a b ▁ a -> ▁a b ▁a -> ▁ab ▁a.
    assertArrayEquals(new int[] {SPACE_AB, SPACE_A}, llama2().encode("ab a"));
  }

  @Test
  void unknownCharactersFallBackToTheirUtf8Bytes() {
    // é is not a piece: its bytes C3 A9 as <0xC3> <0xA9>; 😀 as four byte tokens.
    assertArrayEquals(new int[] {SPACE, BYTE0 + 0xC3, BYTE0 + 0xA9, A}, llama2().encode("éa"));
    assertEquals(5, llama2().encode("😀").length);
  }

  @Test
  void decodingUndoesMetaspaceByteFallbackAndThePrependedSpace() {
    HfTokenizer t = llama2();
    for (String text : new String[] {"ab a", "  a  b ", "é😀 a\n\tb", "a\u0000b"}) {
      assertEquals(text, t.decode(t.encode(text)), text);
    }
    // A byte run that is not UTF-8 gives one U+FFFD per byte, as the library's ByteFallback.
    assertEquals("\uFFFD\uFFFDa", t.decode(new int[] {BYTE0 + 0xC3, BYTE0 + 0xC3, A}));
  }

  @Test
  void loneSurrogatesEncodeAsTheReplacementCharacter() {
    HfTokenizer t = llama2();
    assertArrayEquals(t.encode("a\uFFFD"), t.encode("a\uD800"));
  }

  @Test
  void postProcessorBosStartsEveryDocumentUnlessConfiguredOff() {
    HfTokenizer t = llama2();
    assertEquals(1, t.beginOfSequenceId());
    assertEquals(2, t.endOfTextId());
    assertArrayEquals(new int[] {1, SPACE_A}, t.encodeDocument("a"));
    HfTokenizer off = parse(llama2Style(PREPEND_REPLACE, "null", LLAMA2_DECODER),
        new TokenizerOptions(null, TokenizerOptions.Bos.NEVER));
    assertEquals(-1, off.beginOfSequenceId());
    assertArrayEquals(new int[] {SPACE_A}, off.encodeDocument("a"));
  }

  @Test
  void metaspacePreTokenizerGivesTheSameIdsAsPrependAndReplace() {
    String metaspace = "{\"type\":\"Metaspace\",\"replacement\":\"▁\",\"prepend_scheme\":\"first\",\"split\":false}";
    String decoder = "{\"type\":\"Sequence\",\"decoders\":[{\"type\":\"Metaspace\",\"replacement\":\"▁\","
        + "\"prepend_scheme\":\"first\",\"split\":false},{\"type\":\"ByteFallback\"},{\"type\":\"Fuse\"}]}";
    HfTokenizer mistral = parse(llama2Style("null", metaspace, decoder), TokenizerOptions.DEFAULT);
    HfTokenizer llama2 = llama2();
    for (String text : new String[] {"ab a", "éa ab", "a  b"}) {
      assertArrayEquals(llama2.encode(text), mistral.encode(text), text);
      assertEquals(text, mistral.decode(mistral.encode(text)), text);
    }
    // A leading space: Prepend always adds ▁, Metaspace only when the text does not start with one.
    assertArrayEquals(new int[] {SPACE, SPACE_A}, llama2.encode(" a"));
    assertArrayEquals(new int[] {SPACE_A}, mistral.encode(" a"));
  }
}
