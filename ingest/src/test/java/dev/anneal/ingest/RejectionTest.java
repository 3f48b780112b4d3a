package dev.anneal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RejectionTest {

  @Test
  void sampleIsTruncatedAndControlCharactersEscaped() {
    Rejection r = new Rejection("u", "ingest", "x.y", "m", "line 3", "a\u0000b" + "c".repeat(500));
    assertEquals(Rejection.SAMPLE_CHARS, r.sample().length());
    assertEquals("a\\x00b", r.sample().substring(0, 6));
  }

  @Test
  void locationNamesTheLine() {
    SourceFile f = new SourceFile("file:/a.cif", 10);
    assertEquals("line 12", Rejection.atLine(f, "cif.bad", "m", 12, "").location());
    assertEquals("", Rejection.atLine(f, "cif.bad", "m", 0, "").location());
  }
}
