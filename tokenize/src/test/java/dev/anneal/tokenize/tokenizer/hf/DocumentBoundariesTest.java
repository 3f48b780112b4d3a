package dev.anneal.tokenize.tokenizer.hf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anneal.tokenize.tokenizer.TokenizerOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The base model's document end and beginning of sequence, from vocabulary, added tokens and post-processor. */
class DocumentBoundariesTest {

  private final Map<String, Integer> vocab = new HashMap<>();
  private final List<AddedToken> added = new ArrayList<>();

  private void special(String content) {
    int id = 1000 + added.size();
    added.add(new AddedToken(id, content, true, false, false, false, false));
  }

  private int id(String content) {
    return DocumentBoundaries.idOf(content, vocab, added);
  }

  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void theDocumentEndIsChosenOverChatEndOfTurnTokens() {
    // Llama 3.1 Instruct names <|eot_id|> as eos_token; the base model ends documents with <|end_of_text|>.
    special("<|begin_of_text|>");
    special("<|eot_id|>");
    special("<|end_of_text|>");
    assertEquals(id("<|end_of_text|>"),
        DocumentBoundaries.resolve(null, vocab, added, TokenizerOptions.DEFAULT).endOfText());
    // DeepSeek's full-width bars and ▁.
    added.clear();
    special("<｜begin▁of▁sentence｜>");
    special("<｜end▁of▁sentence｜>");
    assertEquals(id("<｜end▁of▁sentence｜>"),
        DocumentBoundaries.resolve(null, vocab, added, TokenizerOptions.DEFAULT).endOfText());
  }

  @Test
  void aSpecialDocumentEndWinsOverPlainVocabularyText() {
    vocab.put("</s>", 7);
    special("<eos>");
    assertEquals(id("<eos>"), DocumentBoundaries.resolve(null, vocab, added, TokenizerOptions.DEFAULT).endOfText());
  }

  @Test
  void noDocumentEndNamesTheCandidatesAndTheOverride() {
    special("<|im_start|>");
    special("<|im_end|>");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DocumentBoundaries.resolve(null, vocab, added, TokenizerOptions.DEFAULT));
    assertTrue(e.getMessage().contains("<|im_start|> <|im_end|>"), e.getMessage());
    assertTrue(e.getMessage().contains("tokenize.end_of_text"), e.getMessage());
    assertTrue(e.getMessage().contains("<｜end▁of▁sentence｜>"), e.getMessage());
    // The override is taken as it is, even a chat token, because the user chose it.
    assertEquals(id("<|im_end|>"), DocumentBoundaries.resolve(null, vocab, added,
        new TokenizerOptions("<|im_end|>", TokenizerOptions.Bos.AUTO)).endOfText());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> DocumentBoundaries.resolve(null, vocab, added, new TokenizerOptions("<nope>", TokenizerOptions.Bos.AUTO)));
    assertTrue(unknown.getMessage().contains("'<nope>' is not a token"), unknown.getMessage());
  }

  @Test
  void thePostProcessorTemplateGivesBosAndEos() throws Exception {
    special("<pad>");
    special("</s>");
    special("<bos>");
    special("<eos>");
    // T5 appends </s> after every text: that is its document end, ahead of the names list.
    JsonNode t5 = json("{\"type\":\"TemplateProcessing\",\"single\":[{\"Sequence\":{\"id\":\"A\",\"type_id\":0}},"
        + "{\"SpecialToken\":{\"id\":\"</s>\",\"type_id\":0}}],\"special_tokens\":{\"</s>\":{\"id\":\"</s>\",\"ids\":[1001],\"tokens\":[\"</s>\"]}}}");
    DocumentBoundaries b = DocumentBoundaries.resolve(t5, vocab, added, TokenizerOptions.DEFAULT);
    assertEquals(id("</s>"), b.endOfText());
    assertEquals(-1, b.bos());
    // Llama 3: ByteLevel then TemplateProcessing in a Sequence; BOS before the text.
    JsonNode llama = json("{\"type\":\"Sequence\",\"processors\":[{\"type\":\"ByteLevel\"},{\"type\":\"TemplateProcessing\","
        + "\"single\":[{\"SpecialToken\":{\"id\":\"<bos>\",\"type_id\":0}},{\"Sequence\":{\"id\":\"A\",\"type_id\":0}}],"
        + "\"special_tokens\":{\"<bos>\":{\"id\":\"<bos>\",\"ids\":[1002],\"tokens\":[\"<bos>\"]}}}]}");
    assertEquals(id("<bos>"), DocumentBoundaries.resolve(llama, vocab, added, TokenizerOptions.DEFAULT).bos());
    assertEquals(-1, DocumentBoundaries.resolve(llama, vocab, added,
        new TokenizerOptions(null, TokenizerOptions.Bos.NEVER)).bos());
  }

  @Test
  void bosAlwaysFindsOneByNameOrSaysThereIsNone() {
    special("<|endoftext|>");
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> DocumentBoundaries.resolve(
        null, vocab, added, new TokenizerOptions(null, TokenizerOptions.Bos.ALWAYS)));
    assertTrue(none.getMessage().contains("no beginning-of-sequence"), none.getMessage());
    special("<｜begin▁of▁sentence｜>");
    assertEquals(id("<｜begin▁of▁sentence｜>"), DocumentBoundaries.resolve(null, vocab, added,
        new TokenizerOptions(null, TokenizerOptions.Bos.ALWAYS)).bos());
  }
}
