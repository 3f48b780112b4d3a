package dev.anneal.ingest.crystal.cif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CIF 1.1 grammar: quoting, text fields, comments, loops, save frames and faults. */
class CifReaderTest {

  private static CifBlock only(String text) {
    CifFile f = CifReader.read(text);
    assertEquals(List.of(), f.faults());
    assertEquals(1, f.blocks().size());
    return f.blocks().get(0);
  }

  @Test
  void quoteClosesOnlyBeforeWhitespace() {
    CifBlock b = only("data_q\n_a 'O'Brien'\n_b \"a\"b\"\n_c 'x'\n");
    assertEquals("O'Brien", b.value("_a").text());
    assertEquals("a\"b", b.value("_b").text());
    assertTrue(b.value("_c").quoted());
  }

  @Test
  void textFieldRunsFromLineStartSemicolonToTheNext() {
    CifBlock b = only("data_t\n_t\n;first\n second; not the end\n;\n_u 1\n");
    assertEquals("first\n second; not the end", b.value("_t").text());
    assertEquals(1.0, b.value("_u").number());
    assertEquals(6, b.value("_u").line());
  }

  @Test
  void commentsStartOnlyAtATokenBoundary() {
    CifBlock b = only("data_c # comment\n_a val#ue # comment\n_b '#x'\n");
    assertEquals("val#ue", b.value("_a").text());
    assertEquals("#x", b.value("_b").text());
  }

  @Test
  void tagsAndReservedWordsAreCaseInsensitive() {
    CifBlock b = only("DATA_Up\nLOOP_\n_Atom_Site_Label\nA1\nB2\n_CELL_LENGTH_A 5\n");
    assertEquals("Up", b.name());
    assertEquals(2, b.values("_atom_site_label").size());
    assertEquals(5.0, b.value("_cell_length_a").number());
  }

  @Test
  void unknownAndInapplicableAreNullsOnlyUnquoted() {
    CifBlock b = only("data_n\n_a ?\n_b .\n_c '?'\n");
    assertTrue(b.value("_a").isUnknown());
    assertTrue(b.value("_b").isInapplicable());
    assertFalse(b.value("_c").isNull());
  }

  @Test
  void saveFramesAreSkipped() {
    CifBlock b = only("data_s\nsave_frame\n_x 1\nsave_\n_y 2\n");
    assertNull(b.value("_x"));
    assertEquals("2", b.value("_y").text());
  }

  @Test
  void ddlmDottedTagsAreFoundUnderTheirCif1Names() {
    CifBlock b = only("data_d\n_cell.length_a 4.2\n");
    assertEquals(4.2, b.value("_cell_length_a").number());
  }

  @Test
  void aFaultCostsOnlyItsBlock() {
    CifFile f = CifReader.read("data_a\n_x 1\ndata_b\n_y\ndata_c\n_z 3\n");
    assertEquals(List.of("a", "c"), f.blocks().stream().map(CifBlock::name).toList());
    assertEquals(1, f.faults().size());
    CifFile.Fault fault = f.faults().get(0);
    assertEquals("cif.missing_value", fault.reason());
    assertEquals(4, fault.line());
    assertEquals("b", fault.blockName());
    assertEquals("_y", fault.sample());
  }

  @Test
  void faultsHaveStableReasonsAndLines() {
    assertFault("data_a\n_x 1\n_x 2\n", "cif.duplicate_tag", 3);
    assertFault("data_a\nloop_\n_x\n_y\n1 2 3\n", "cif.loop_mismatch", 2);
    assertFault("data_a\n_x 1 2\n", "cif.unexpected_value", 2);
    assertFault("_x 1\ndata_a\n", "cif.no_data_block", 1);
    assertFault("data_a\nglobal_\n", "cif.reserved_word", 2);
    assertFault("data_a\nsave_f\n_x 1\n", "cif.unterminated_save_frame", 2);
    assertFault("data_a\n_x\n;never closed\n", "cif.unterminated_text_field", 3);
    assertFault("data_a\nloop_\n_x\n", "cif.empty_loop", 2);
  }

  @Test
  void sameTagTwiceWithTheSameValueIsOnlyAWarning() {
    CifBlock b = only("data_w\n_x 1\n_x 1\n");
    assertTrue(b.warnings().get(0).startsWith("cif.duplicate_tag_same_value line 3"));
  }

  @Test
  void crlfLineEndsCountOnce() {
    CifFile f = CifReader.read("data_a\r\n_x 1\r\n_y\r\n");
    assertEquals("cif.missing_value", f.faults().get(0).reason());
    assertEquals(3, f.faults().get(0).line());
  }

  @Test
  void anOldRepairedQuoteDoesNotTakeTheBlameForALaterFault() {
    CifFile f = CifReader.read("data_a\n_t 'open\n_x 1\n_y 2\n_z\n");
    assertEquals("cif.missing_value", f.faults().get(0).reason());
    assertEquals(5, f.faults().get(0).line());
  }

  private static void assertFault(String text, String reason, int line) {
    CifFile f = CifReader.read(text);
    assertEquals(1, f.faults().size(), text);
    assertEquals(reason, f.faults().get(0).reason(), text);
    assertEquals(line, f.faults().get(0).line(), text);
  }
}
