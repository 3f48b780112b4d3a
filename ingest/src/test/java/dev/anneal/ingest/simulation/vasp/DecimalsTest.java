package dev.anneal.ingest.simulation.vasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  private static void same(String s) {
    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
        Double.doubleToRawLongBits(Decimals.parse(s, 0, s.length())), s);
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
  }

  @Test
  void squeezeIsReplaceAllOfWhitespaceRuns() {
    for (String s : new String[] {"a  b", "a\tb\n c", "plain", "a b c", "a \u000B b", "x\r\n",
        " lead", "a\u00A0b", "PAW_PBE Sr_sv 07Sep2000"}) {
      assertEquals(s.replaceAll("\\s+", " "), VasprunXml.squeeze(s), s);
    }
  }
}
