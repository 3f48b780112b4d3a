package dev.anneal.ingest.crystal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Space-group lookup by the many spellings CIFs use. */
class SpaceGroupTableTest {

  private final SpaceGroupTable table = SpaceGroupTable.standard();

  @Test
  void resolvesSpellingsToTheSameSetting() {
    assertEquals(192, table.bySymbol("F m -3 m").ops().size());
    assertEquals(225, table.bySymbol("Fm-3m").number());
    assertEquals(14, table.bySymbol("P 1 21/c 1").number());
    assertEquals(table.bySymbol("P 1 21/c 1"), table.bySymbol("P2_1/c"));
    assertEquals(36, table.bySymbol("Cmc2_1").number());
  }

  @Test
  void usesTheHexagonalSettingForRhombohedralGroupsAsGemmiDoes() {
    assertEquals("R -3 m:H", table.bySymbol("R-3m").symbol());
    assertEquals(36, table.bySymbol("R -3 m").ops().size());
    assertEquals(12, table.bySymbol("R -3 m:R").ops().size());
    assertEquals("R -3 m:H", table.byNumber(166).symbol());
  }

  @Test
  void unknownNamesAndNumbersGiveNull() {
    assertNull(table.bySymbol("Q 42"));
    assertNull(table.bySymbol("225"));
    assertNull(table.byNumber(0));
    assertNull(table.byNumber(231));
  }
}
