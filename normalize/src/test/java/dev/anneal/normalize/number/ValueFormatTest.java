package dev.anneal.normalize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  @Test
  void theIssuesExamplesRoundToTheUncertainty() {
    assertEquals("0.05 ± 0.04 K/s", ValueFormat.of(0.049999999999999996, 0.04379684062431555,
        "K/s"));
    assertEquals("85.3 ± 0.3 K", ValueFormat.of(85.329, 0.338016, "K"));
  }

  @ParameterizedTest(name = "{0} ± {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      // one significant digit of uncertainty, the value to the same place
      "91.94|0.27|91.9 ± 0.3",
      "91.96|0.27|92.0 ± 0.3",
      "-1.8034|0.052|-1.80 ± 0.05",
      // a leading 1 keeps two digits
      "85.329|0.14|85.33 ± 0.14",
      "39.0|1.0|39.0 ± 1.0",
      "39.04|1.49|39.0 ± 1.5",
      // rounding up to a leading 1 keeps two digits too (0.096 -> 0.10, not 0.1)
      "3.4567|0.096|3.46 ± 0.10",
      "3.4567|0.95|3.5 ± 1.0",
      // uncertainties above 1: the value loses its decimals, or whole digits
      "773.15|4.2|773 ± 4",
      "12345.6|230|12300 ± 200",
      "12345.6|170|12350 ± 170",
      // half-up at the last kept place
      "2.25|0.05|2.25 ± 0.05",
      "2.45|0.3|2.5 ± 0.3",
      // zero values and negative zero
      "0|0.02|0.00 ± 0.02",
      "-0.001|0.02|0.00 ± 0.02",
      // very small and very large numbers with a power of ten
      "1.234e-12|3e-14|(1.23 ± 0.03)e-12",
      "6.02214076e23|1.2e21|(6.022 ± 0.012)e23",
  })
  void roundsToTheUncertainty(double value, double uncertainty, String expected) {
    assertEquals(expected, ValueFormat.of(value, uncertainty));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "773.15|773.15",
      "0.049999999999999996|0.05",
      "7200|7200",
      "92.1|92.1",
      "-4.26|-4.26",
      "0|0",
      "123456789|123457000",
      "1234567891234|1.23457e12",
      "0.000012345|1.2345e-5",
      "0.0012345678|0.00123457",
  })
  void writesAValueWithoutUncertaintyToSixDigits(double value, String expected) {
    assertEquals(expected, ValueFormat.plain(value));
  }

  @Test
  void withoutAUsableUncertaintyTheValueStandsAlone() {
    assertEquals("92.1 K", ValueFormat.of(92.1, null, "K"));
    assertEquals("92.1 K", ValueFormat.of(92.1, 0.0, "K"));
    assertEquals("92.1 K", ValueFormat.of(92.1, Double.NaN, "K"));
    assertEquals("92.1 K", ValueFormat.of(92.1, -1.0, "K"));
    assertEquals("92.1", ValueFormat.of(92.1, null, " "));
  }

  @Test
  void aMissingValueIsUnknownNotNaN() {
    assertEquals("unknown", ValueFormat.of(null, 0.3, "K"));
    assertEquals("unknown", ValueFormat.of(Double.NaN, 0.3, "K"));
    assertEquals("infinity", ValueFormat.plain(Double.POSITIVE_INFINITY));
  }

  @Test
  void uncertaintyRoundingKeepsTwoDigitsOnlyForALeadingOne() {
    assertEquals(new BigDecimal("0.04"), ValueFormat.roundUncertainty(new BigDecimal("0.0437968")));
    assertEquals(new BigDecimal("0.15"), ValueFormat.roundUncertainty(new BigDecimal("0.149")));
    assertEquals(new BigDecimal("0.17"), ValueFormat.roundUncertainty(new BigDecimal("0.17")));
    assertEquals(new BigDecimal("1.7E+2"), ValueFormat.roundUncertainty(new BigDecimal("170")));
    assertEquals(new BigDecimal("0.10"), ValueFormat.roundUncertainty(new BigDecimal("0.0951")));
    assertEquals(new BigDecimal("0.09"), ValueFormat.roundUncertainty(new BigDecimal("0.0949")));
    assertEquals(new BigDecimal("2E+2"), ValueFormat.roundUncertainty(new BigDecimal("230")));
  }
}
