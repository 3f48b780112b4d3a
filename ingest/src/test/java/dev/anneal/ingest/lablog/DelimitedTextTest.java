package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DelimitedTextTest {

  @ParameterizedTest
  @ValueSource(strings = {",", ";", "\t", "|"})
  void detectsEachDelimiterEvenWhenCellsHoldAnother(String d) {
    // Decimal commas and a comma inside notes must not win over the real delimiter.
    String text = String.join(d, "sample", "Tc (K)", "notes") + "\n"
        + String.join(d, "A-1", "92,1", "\"ZFC, SQUID\"") + "\n"
        + String.join(d, "A-2", "91,6", "resistive") + "\n";
    assertEquals(d.charAt(0), DelimitedText.detectDelimiter(text));
  }

  @Test
  void quotedCellsKeepDelimitersDoubledQuotesAndLineBreaks() {
    String text = "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n";
    List<DelimitedText.Row> rows = DelimitedText.split(text, ',');
    assertEquals(3, rows.size());
    assertEquals(List.of("x, y", "say \"hi\""), rows.get(1).cells());
    assertEquals(List.of("two\nlines", "z"), rows.get(2).cells());
    assertEquals(3, rows.get(2).line(), "a row starts on the line of its first cell");
  }

  @Test
  void blankLinesAndCrLfAreRows() {
    List<DelimitedText.Row> rows = DelimitedText.split("a,b\r\n\r\n1,2\r\n,\r\n", ',');
    assertEquals(4, rows.size());
    assertTrue(rows.get(1).isBlank());
    assertTrue(rows.get(3).isBlank(), "a line of bare delimiters is blank");
    assertEquals(3, rows.get(2).line());
  }

  @Test
  void decoderStripsBomAndFallsBackToWindows1252() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'};
    TextDecoder.Decoded utf8 = TextDecoder.decode(bom);
    assertEquals("a,b", utf8.text());
    assertEquals(false, utf8.fellBack());
    byte[] latin = "T [\u00b0C]".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    TextDecoder.Decoded cp = TextDecoder.decode(latin);
    assertEquals("T [\u00b0C]", cp.text());
    assertTrue(cp.fellBack());
    assertEquals("T [\u00b0C]", TextDecoder.decode("T [\u00b0C]".getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void aQuoteThatNeverClosesKeepsTheRestOfTheFileAsOneRowWithItsLine() {
    List<DelimitedText.Row> rows = DelimitedText.split(
        "material,Tc (K)\nMgB2,39\n\"YBCO,92\nLaH10,250\n", ',');
    assertEquals(3, rows.size());
    assertEquals(List.of("MgB2", "39"), rows.get(1).cells());
    DelimitedText.Row rest = rows.get(2);
    assertEquals(3, rest.line());
    assertEquals(1, rest.cells().size());
    assertTrue(rest.cells().get(0).contains("LaH10,250"),
        rest.cells().get(0));
  }
}
