package dev.anneal.tokenize.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tokenizer specs with options, and the check a run makes before Spark starts. */
class TokenizersTest {

  @Test
  void optionsTravelInTheSpecAndDefaultsLeaveTheNameAlone() {
    assertEquals("o200k_base", TokenizerOptions.of("auto", "auto").appendTo("o200k_base"));
    TokenizerOptions o = TokenizerOptions.of("<|end_of_text|>", "false");
    String spec = o.appendTo("hf:/m/tokenizer.json");
    assertEquals("hf:/m/tokenizer.json", TokenizerOptions.nameOf(spec));
    assertEquals(o, TokenizerOptions.optionsOf(spec));
    TokenizerOptions odd = TokenizerOptions.of("a&b=c#anneal:", "true");
    assertEquals(odd, TokenizerOptions.optionsOf(odd.appendTo("x.json")));
    assertThrows(IllegalArgumentException.class, () -> TokenizerOptions.of(null, "sometimes"));
  }

  @Test
  void checkNamesTheProblemOfAMisconfiguredTokenizer() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> Tokenizers.check("hf:/nonexistent/tokenizer.json"));
    assertTrue(missing.getMessage().startsWith("tokenize.tokenizer"), missing.getMessage());
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    IllegalArgumentException bos = assertThrows(IllegalArgumentException.class,
        () -> Tokenizers.check(TokenizerOptions.of(null, "true").appendTo("o200k_base")));
    assertTrue(bos.getMessage().contains("no beginning-of-sequence"), bos.getMessage());
    TextTokenizer ok = Tokenizers.check("cl100k_base");
    assertEquals(100257, ok.endOfTextId());
    assertEquals(-1, ok.beginOfSequenceId());
  }
}
