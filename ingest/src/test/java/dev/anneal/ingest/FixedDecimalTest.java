package dev.anneal.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedDecimalTest {

  private static void assertSameAsFormatter(double x, int scale) {
    assertEquals(String.format(Locale.ROOT, "%." + scale + "f", x), FixedDecimal.format(x, scale),
        () -> "x = " + x + " (" + Double.toString(x) + "), scale " + scale);
  }

  @Test
  void edgeCasesMatchTheFormatter() {
    double[] values = {0, -0.0, 0.5, -0.5, 0.05, 0.00005, -0.00005, 0.00004999, -0.00001, 9.99995,
        99.99995, 0.99995, 1.00005, 1.0005, 2.675, 1e-300, -1e-300, 123456789.123456789, 1e15,
        1.5e16, 4.35e22, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2, 5.4309, 3.905, 90.0,
        119.99999999999999, 0.33333333333333, 0.6666666666666666, 0.125, 0.375};
    for (double x : values) {
      for (int scale = 0; scale <= 8; scale++) {
        assertSameAsFormatter(x, scale);
      }
    }
  }

  @Test
  void randomValuesOfEveryMagnitudeMatchTheFormatter() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      double x;
      switch (i % 4) {
        case 0 -> x = random.nextDouble(-1, 1);                          // fractional coordinates
        case 1 -> x = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-12, 17));
        case 2 -> x = Math.round(random.nextDouble(-100, 100) * 1e5) / 1e5 + 5e-6; // near halves
        default -> x = Double.longBitsToDouble(random.nextLong());        // any bit pattern
      }
      assertSameAsFormatter(x, 3 + i % 4);
    }
  }

  @Test
  void appendsToTheBuilderGiven() {
    StringBuilder out = new StringBuilder("a=");
    assertEquals("a=3.1416", FixedDecimal.append(out, Math.PI, 4).toString());
    assertThrows(IllegalArgumentException.class, () -> FixedDecimal.format(1, -1));
  }
}
