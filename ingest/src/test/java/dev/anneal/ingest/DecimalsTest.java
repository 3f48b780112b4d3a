package dev.anneal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one fast decimal parser, for its two callers: VASP output (parse) and CIF (parseFinite). */
class DecimalsTest {

  private static void same(String s) {
    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
        Double.doubleToRawLongBits(Decimals.parse(s, 0, s.length())), s);
  }

  private static void sameFinite(String s) {
    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
        Double.doubleToRawLongBits(Decimals.parseFinite(s, 0, s.length())), s);
  }

  @Test
  void vaspFormattedNumbersGiveExactlyParseDoublesBits() {
    Random random = new Random(42);
    for (int k = 0; k < 30_000; k++) {
      double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
      String fixed = String.format(Locale.ROOT, "%." + random.nextInt(12) + "f", v);
      String sci = String.format(Locale.ROOT, "%." + random.nextInt(10) + "E", v);
      same(fixed);
      same(sci);
      same(Double.toString(v));
      sameFinite(fixed);
      sameFinite(sci);
    }
  }

  @Test
  void edgeCasesMatchParseDouble() {
    for (String s : new String[] {"0", "-0.0", "+1.5", ".5", "5.", "-.5E+2", "1e22", "1e23",
        "1e-22", "1e-23", "123456789012345678", "1234567890123456789", "9007199254740993",
        "0.000000000000000000001", "1E400", "-1E-400", "1.0d", "Infinity", "NaN", "0x1p3"}) {
      same(s);
    }
  }

  @Test
  void garbageThrowsLikeParseDouble() {
    for (String s : new String[] {"-", "", "1.2.3", "1e", "abc", "1e+"}) {
      assertThrows(NumberFormatException.class, () -> Decimals.parse(s, 0, s.length()), s);
    }
  }

  @Test
  void parsesASliceInPlace() {
    assertEquals(-2.5, Decimals.parse("  -2.5  7", 2, 6));
    assertEquals(5.4307, Decimals.parseFinite("5.4307(2)", 0, 6));
  }

  @Test
  void cifNumbersAgreeWithParseDoubleBitForBit() {
    for (String s : new String[] {"0.33333333", "-0.500", ".5", "5.", "0.000123", "123456789012345",
        "1e-3", "2.5E+2", "0.1234567890123456789", "-0", "90.00000000", "0.66666667", "1e23",
        "9007199254740993", "-1E-400"}) {
      sameFinite(s);
    }
  }

  @Test
  void finiteReadingGivesNaNForWhatIsNotAPlainFiniteNumber() {
    for (String s : new String[] {"", ".", "-", "?", "4.O2", "NaN", "Infinity", "-Infinity",
        "1.2.3", "0x10", "1d", "1.0f", "1e", "1e+", "1E400", "e5", "abc"}) {
      assertTrue(Double.isNaN(Decimals.parseFinite(s, 0, s.length())), s);
    }
  }
}
