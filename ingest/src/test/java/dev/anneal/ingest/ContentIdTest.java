package dev.anneal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentIdTest {

  @Test
  void sameContentSameIdAndKindSeparatesNamespaces() {
    assertEquals(ContentId.of("paragraph", "a", "b"), ContentId.of("paragraph", "a", "b"));
    assertNotEquals(ContentId.of("paragraph", "a"), ContentId.of("document", "a"));
    assertEquals(ContentId.HEX_CHARS, ContentId.of("x", "y").length());
  }

  @Test
  void partBoundariesMatter() {
    assertNotEquals(ContentId.of("k", "ab", "c"), ContentId.of("k", "a", "bc"));
  }

  @Test
  void sha256HexMatchesTheKnownDigestOfAbc() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ContentId.sha256Hex("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }
}
