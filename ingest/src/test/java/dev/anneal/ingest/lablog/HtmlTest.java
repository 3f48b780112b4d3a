package dev.anneal.ingest.lablog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Notebook HTML fragments to plain text, entities decoded by jsoup. */
class HtmlTest {

  @Test
  void paragraphsBecomeLinesAndEntitiesDecode() {
    assertEquals("heated to 850°C\nthen cooled ok",
        Html.text("<p>heated to 850&deg;C</p><p><strong>then</strong> cooled ok</p>"));
    assertEquals("a < b", Html.text("a &lt; b"));
  }

  @Test
  void numericReferencesDecimalAndHex() {
    assertEquals("5 µm at 10⁻³ Pa ×2", Html.text("5 &#181;m at 10&#x207B;&#xB3; Pa &#215;2"));
  }

  @Test
  void namedEntitiesBeyondAHandPickedList() {
    // &Aring;, &rarr; and &alpha; were not in the old regex decoder's table.
    assertEquals("1.5 Å → α-Fe2O3 ± 0.1", Html.text("1.5 &Aring; &rarr; &alpha;-Fe2O3 &plusmn; 0.1"));
    assertEquals("no break", Html.text("no&nbsp;break"));
  }

  @Test
  void malformedReferencesDoNotFailTheEntry() {
    // An unknown name and a bare ampersand stay as written; an out-of-range code point is the
    // replacement character, as a browser shows it; a legacy entity without ';' still decodes.
    assertEquals("AT&T &bogus; x \uFFFD y", Html.text("AT&T &bogus; x &#99999999; y"));
    assertEquals("&", Html.text("&amp"));
    assertEquals("3 & 4", Html.text("3 & 4"));
  }
}
