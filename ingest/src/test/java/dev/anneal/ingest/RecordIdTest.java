package dev.anneal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RecordIdTest {

  @Test
  void theSameTextInTwoSourcesOrAtTwoPositionsGetsTwoIds() {
    String a = RecordId.of("document", "papers/a.md", "", "Title", "Text");
    assertEquals(a, RecordId.of("document", "papers/a.md", "", "Title", "Text"));
    assertNotEquals(a, RecordId.of("document", "papers/copy-of-a.md", "", "Title", "Text"));
    assertNotEquals(RecordId.of("structure", "x.cif", 0, "cell"),
        RecordId.of("structure", "x.cif", 1, "cell"));
    assertNotEquals(a, RecordId.of("document", "papers/a.md", "", "Title", "Other text"));
  }

  @Test
  void sourceAndPositionAreSeparateParts() {
    assertNotEquals(RecordId.of("k", "a.cif", "1", "x"), RecordId.of("k", "a.cif1", "", "x"));
    assertEquals(ContentId.HEX_CHARS, RecordId.of("k", "s", 0).length());
  }
}
