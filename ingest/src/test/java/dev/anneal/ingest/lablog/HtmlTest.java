package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void paragraphsBecomeLinesAndEntitiesDecode() {
    assertEquals("heated to 850°C\nthen cooled &#99999999; ok",
        Html.text("<p>heated to 850&deg;C</p><p><strong>then</strong> cooled &#99999999; ok</p>"));
    assertEquals("a < b", Html.text("a &lt; b"));
  }
}
